package gt.observatorio.engine.domain;

import java.util.List;
import java.util.Map;

/**
 * The score of one dataset under one rule set.
 *
 * @param score points obtained; {@code maxScore} the points measurable
 * @param dimensions per-dimension score on a 0-100 scale
 * @param rating a profile's rating band (e.g. MQA's "Good"); null where the profile has none
 */
public record ScoreCard(
    RuleSetInfo ruleSet,
    double score,
    double maxScore,
    Map<Dimension, Double> dimensions,
    List<RuleOutcome> rules,
    String rating) {

  public ScoreCard {
    dimensions = Map.copyOf(dimensions);
    rules = List.copyOf(rules);
  }

  /** The score on a 0-100 scale. */
  public double percent() {
    return maxScore <= 0 ? 0 : 100.0 * score / maxScore;
  }
}
