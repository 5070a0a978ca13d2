package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.Locale;

/** How a criterion is decided: computed from what the observatory measures, or answered and reviewed. */
public enum CriterionKind {
  AUTOMATIC(Text.of("Automático", "Automatic")),
  ANSWERED(Text.of("Respondido por la institución y revisado", "Answered by the institution and reviewed"));

  private final Text label;

  CriterionKind(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CriterionKind fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
