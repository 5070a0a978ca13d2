package gt.observatorio.engine.domain;

import java.util.List;

/**
 * The result of one rule on one dataset.
 *
 * @param measured false where the rule could not be measured (e.g. status checks without probes);
 *     such a rule counts neither for nor against the score
 */
public record RuleOutcome(
    String ruleId,
    Dimension dimension,
    double points,
    double maxPoints,
    boolean measured,
    List<Finding> findings) {

  public RuleOutcome {
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
