package gt.observatorio.engine.domain;

import java.util.List;
import java.util.Locale;

/**
 * The result of one rule on one dataset.
 *
 * @param dimension the id of the dimension its points count towards, as the rule set assigns it
 * @param measured false where the rule could not be measured (e.g. status checks without probes);
 *     such a rule counts neither for nor against the score
 * @param waived where an accepted contest waived the rule's findings: what it restored and set aside; else null
 */
public record RuleOutcome(
    String ruleId,
    String dimension,
    double points,
    double maxPoints,
    boolean measured,
    List<Finding> findings,
    Waived waived) {

  public RuleOutcome {
    dimension = dimension == null ? null : dimension.toLowerCase(Locale.ROOT);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  public RuleOutcome(String ruleId, String dimension, double points, double maxPoints, boolean measured,
      List<Finding> findings) {
    this(ruleId, dimension, points, maxPoints, measured, findings, null);
  }

  /**
   * This outcome with a waiver applied: full points and no findings, the lost points and the findings kept in
   * {@link #waived()}. An outcome that lost nothing, or that was not measured, is returned as it is.
   */
  public RuleOutcome waive(Waiver w) {
    if (!measured || (points >= maxPoints && findings.isEmpty())) {
      return this;
    }
    return new RuleOutcome(ruleId, dimension, maxPoints, maxPoints, true, List.of(),
        new Waived(w, maxPoints - points, findings));
  }
}
