package gt.observatorio.engine.domain;

import java.util.Locale;

/** The five dimensions of openness the observatory scores. */
public enum Dimension {
  FORMAT("Formato", "Format"),
  FRESHNESS("Actualidad", "Freshness"),
  LICENSING("Licencia", "Licensing"),
  METADATA("Metadatos", "Metadata"),
  ACCESSIBILITY("Accesibilidad", "Accessibility");

  private final String es;
  private final String en;

  Dimension(String es, String en) {
    this.es = es;
    this.en = en;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Text label() {
    return new Text(es, en);
  }

  public static Dimension fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
