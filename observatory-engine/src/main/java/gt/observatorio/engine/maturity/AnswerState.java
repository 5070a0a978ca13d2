package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.Locale;

/** Where an answer stands in review. */
public enum AnswerState {
  SUBMITTED(Text.of("Enviada, pendiente de revisión", "Submitted, awaiting review")),
  ACCEPTED(Text.of("Aceptada", "Accepted")),
  REJECTED(Text.of("Rechazada", "Rejected"));

  private final Text label;

  AnswerState(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AnswerState fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
