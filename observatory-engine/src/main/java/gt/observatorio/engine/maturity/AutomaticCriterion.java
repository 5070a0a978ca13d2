package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.List;

/**
 * A criterion computed from what the observatory measures. Implementations are small, pure and
 * stateless: they read only their input (never the clock, files or the network). Adding one is a
 * class plus a line in {@code META-INF/services/gt.observatorio.engine.maturity.AutomaticCriterion}.
 */
public interface AutomaticCriterion {
  /** Stable dotted id that model files name as {@code check}, e.g. {@code quality.score}. */
  String id();

  /** What it checks. */
  Text title();

  /** Why it matters. */
  Text rationale();

  /** Declared parameters; a model may set only these. */
  List<CriterionParam> parameters();

  /** Decides the criterion for one institution; {@code criterion} gives the parameter values. */
  CheckOutcome evaluate(CriterionInput input, Criterion criterion);
}
