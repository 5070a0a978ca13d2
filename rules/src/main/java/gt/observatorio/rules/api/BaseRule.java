package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import java.util.List;

/**
 * Convenience base for rules: holds the descriptive texts and builds outcomes and findings with
 * the rule's id, dimension and advice. Outcomes are scaled to the weight the rule set gives the
 * rule ({@link RuleParams#weight()}), so the scorer need not copy them; the full-points outcome
 * is built once per rule set.
 */
public abstract class BaseRule implements Rule {
  private final String id;
  private final Dimension dimension;
  private final String dimensionId;
  private final Text title;
  private final Text rationale;
  private final Text advice;

  protected BaseRule(String id, Dimension dimension, Text title, Text rationale, Text advice) {
    this.id = id;
    this.dimension = dimension;
    this.dimensionId = dimension.id();
    this.title = title;
    this.rationale = rationale;
    this.advice = advice;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Dimension dimension() {
    return dimension;
  }

  @Override
  public final Text title() {
    return title;
  }

  @Override
  public final Text rationale() {
    return rationale;
  }

  @Override
  public final Text advice() {
    return advice;
  }

  /** Full points (the rule set's weight; built once per rule set). */
  protected final RuleOutcome pass(RuleParams params) {
    return params.passOutcome(this);
  }

  /** No points, with the reason. */
  protected final RuleOutcome fail(RuleParams params, Finding finding) {
    return new RuleOutcome(id, dimensionId, 0, params.weight(), true, List.of(finding));
  }

  /** No points, with a finding the rule keeps in a field (the outcome is built once per rule set). */
  protected final RuleOutcome failFixed(RuleParams params, Finding fixedFinding) {
    return params.fixedOutcome(this, fixedFinding, true);
  }

  /** Not measured, with a finding the rule keeps in a field (the outcome is built once per rule set). */
  protected final RuleOutcome notMeasuredFixed(RuleParams params, Finding fixedFinding) {
    return params.fixedOutcome(this, fixedFinding, false);
  }

  /** {@code points} out of {@code max}, scaled to the weight, with the findings that explain the loss. */
  protected final RuleOutcome partial(RuleParams params, double points, double max, List<Finding> findings) {
    double w = params.weight();
    double share = max <= 0 ? 0 : Math.max(0, Math.min(points, max)) / max;
    return new RuleOutcome(id, dimensionId, share * w, w, true, findings);
  }

  /** Could not be measured: counts neither for nor against; the finding says why. */
  protected final RuleOutcome notMeasured(RuleParams params, Finding why) {
    return new RuleOutcome(id, dimensionId, 0, params.weight(), false, List.of(why));
  }

  /** A finding carrying this rule's id, dimension and advice. */
  protected final Finding finding(Severity severity, Text message, String observed, String expected,
      String evidence) {
    return new Finding(id, dimensionId, severity, message, observed, expected, evidence, advice);
  }

  /** A finding with a specific advice. */
  protected final Finding finding(Severity severity, Text message, String observed, String expected,
      String evidence, Text specificAdvice) {
    return new Finding(id, dimensionId, severity, message, observed, expected, evidence, specificAdvice);
  }

  /** A finding whose message is one of the rule's keyed templates, filled with the observed values. */
  protected final Finding finding(Severity severity, MessageRef message, String observed, String expected,
      String evidence) {
    return new Finding(id, dimensionId, severity, message.render(), observed, expected, evidence, advice, message);
  }

  /** The error finding for a dataset with no distributions (build it once, in the constructor). */
  protected final Finding noDistributionsFinding() {
    return finding(Severity.ERROR, Text.of("El conjunto no tiene distribuciones.",
        "The dataset has no distributions."), "distributions=0", "≥ 1", "dataset.distributions");
  }

  protected static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
