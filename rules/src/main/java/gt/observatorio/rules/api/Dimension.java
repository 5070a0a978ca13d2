package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.Text;
import java.util.Locale;

/**
 * The dimension a built-in rule counts towards unless a rule set assigns it to another one (the
 * observatorio profile's five). Rule sets declare their dimensions as data ({@code dimensions:}); the
 * labels here only serve rule sets written before that, which name these ids without labels.
 */
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

  /** The built-in dimension with this id, or null. */
  public static Dimension byId(String id) {
    for (Dimension d : values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    return null;
  }
}
