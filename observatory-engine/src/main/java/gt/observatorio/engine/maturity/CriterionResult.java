package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.List;

/** One criterion's result for one institution, with what was observed and the evidence to open. */
public record CriterionResult(String criterionId, String dimension, int level, CriterionKind kind,
    CriterionStatus status, Text observed, Text expected, List<String> evidence) {
  public CriterionResult {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public boolean met() {
    return status.met();
  }
}
