package gt.observatorio.engine.domain;

import java.util.List;
import java.util.Locale;

/**
 * The result of one rule on one dataset.
 *
 * @param dimension the id of the dimension its points count towards, as the rule set assigns it
 * @param measured false where the rule could not be measured (e.g. status checks without probes);
 *     such a rule counts neither for nor against the score
 */
public record RuleOutcome(
    String ruleId,
    String dimension,
    double points,
    double maxPoints,
    boolean measured,
    List<Finding> findings) {

  public RuleOutcome {
    dimension = dimension == null ? null : dimension.toLowerCase(Locale.ROOT);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
