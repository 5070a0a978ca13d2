package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Text;
import java.util.List;

/**
 * One check of a dataset snapshot. Rules are small, pure and thread-safe: they read the snapshot
 * and their parameters, never the clock, the network or files. A rule returns its points out of
 * its own maximum; the rule set scales them to the weight it gives the rule.
 *
 * <p>Rules are found with {@link java.util.ServiceLoader}: adding one is a class and a line in
 * {@code META-INF/services/gt.observatorio.rules.api.Rule}.
 */
public interface Rule {
  /** Stable dotted id, e.g. {@code metadata.keywords}; rule sets and stored scores refer to it. */
  String id();

  /** What is checked, Spanish and English. */
  Text title();

  /** Why it matters, Spanish and English. */
  Text rationale();

  /** How a publisher improves on it, Spanish and English. */
  Text advice();

  /** The dimension its points count towards unless a rule set assigns it to another ({@code dimension:}). */
  Dimension dimension();

  /** The parameters a rule set may set, with defaults and descriptions. */
  default List<ParamSpec> parameters() {
    return List.of();
  }

  /**
   * Evaluates the snapshot. Returns {@code measured = false} (and no points) when the evidence
   * needed is absent, e.g. a probe that was not made.
   */
  RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params);
}
