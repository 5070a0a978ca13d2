package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import java.util.List;

/**
 * Convenience base for rules: holds the descriptive texts and builds outcomes and findings with
 * the rule's id, dimension and advice. The pass and not-measured outcomes are built once.
 */
public abstract class BaseRule implements Rule {
  private final String id;
  private final Dimension dimension;
  private final Text title;
  private final Text rationale;
  private final Text advice;
  private final RuleOutcome pass;

  protected BaseRule(String id, Dimension dimension, Text title, Text rationale, Text advice) {
    this.id = id;
    this.dimension = dimension;
    this.title = title;
    this.rationale = rationale;
    this.advice = advice;
    this.pass = new RuleOutcome(id, dimension, 1, 1, true, List.of());
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

  /** Full points. */
  protected final RuleOutcome pass() {
    return pass;
  }

  /** No points, with the reason. */
  protected final RuleOutcome fail(Finding finding) {
    return new RuleOutcome(id, dimension, 0, 1, true, List.of(finding));
  }

  /** {@code points} out of {@code max}, with the findings that explain the loss. */
  protected final RuleOutcome partial(double points, double max, List<Finding> findings) {
    return new RuleOutcome(id, dimension, points, max, true, findings);
  }

  /** Could not be measured: counts neither for nor against; the finding says why. */
  protected final RuleOutcome notMeasured(Finding why) {
    return new RuleOutcome(id, dimension, 0, 0, false, List.of(why));
  }

  /** A finding carrying this rule's id, dimension and advice. */
  protected final Finding finding(Severity severity, Text message, String observed, String expected,
      String evidence) {
    return new Finding(id, dimension, severity, message, observed, expected, evidence, advice);
  }

  /** A finding with a specific advice. */
  protected final Finding finding(Severity severity, Text message, String observed, String expected,
      String evidence, Text specificAdvice) {
    return new Finding(id, dimension, severity, message, observed, expected, evidence, specificAdvice);
  }

  protected static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
