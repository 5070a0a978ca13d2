package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.List;

/**
 * What a criterion found for one institution.
 *
 * @param observed what was seen, e.g. "puntaje 62.4 (2026-W48)"
 * @param expected what meets it
 * @param evidence URLs or references a citizen can open
 */
public record CheckOutcome(CriterionStatus status, Text observed, Text expected, List<String> evidence) {
  public CheckOutcome {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public static CheckOutcome of(boolean met, Text observed, Text expected, List<String> evidence) {
    return new CheckOutcome(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, observed, expected, evidence);
  }
}
