package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.Locale;

/** A criterion's state for one institution; only {@link #MET} and {@link #NOT_APPLICABLE} count as met. */
public enum CriterionStatus {
  MET(Text.of("Cumplido", "Met")),
  NOT_MET(Text.of("No cumplido", "Not met")),
  NOT_MEASURED(Text.of("Sin evidencia medible", "No measurable evidence")),
  NOT_APPLICABLE(Text.of("No aplica a esta institución", "Does not apply to this institution")),
  UNANSWERED(Text.of("Sin respuesta", "Not answered")),
  PENDING(Text.of("Respuesta pendiente de revisión", "Answer awaiting review")),
  REJECTED(Text.of("Respuesta rechazada", "Answer rejected")),
  EXPIRED(Text.of("Respuesta vencida", "Answer expired"));

  private final Text label;

  CriterionStatus(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  public boolean met() {
    return this == MET || this == NOT_APPLICABLE;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static CriterionStatus fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
