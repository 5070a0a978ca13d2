package gt.observatorio.engine.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score of one dataset under one rule set.
 *
 * @param score points obtained; {@code maxScore} the points measurable
 * @param dimensions per-dimension value keyed by the rule set's dimension id, on that dimension's scale
 *     (0-100 percent, points up to the dimension's maximum, or stars 0-5); unmeasured dimensions are absent
 * @param rating a profile's rating band (e.g. MQA's "Good"); null where the profile has none
 */
public record ScoreCard(
    RuleSetInfo ruleSet,
    double score,
    double maxScore,
    Map<String, Double> dimensions,
    List<RuleOutcome> rules,
    String rating) {

  public ScoreCard {
    dimensions = lowerCaseKeys(dimensions);
    rules = List.copyOf(rules);
  }

  /** Ids in lower case: cards stored before dimensions were data name them in upper case. */
  private static Map<String, Double> lowerCaseKeys(Map<String, Double> dims) {
    for (String k : dims.keySet()) {
      if (!k.equals(k.toLowerCase(Locale.ROOT))) {
        Map<String, Double> out = new HashMap<>();
        dims.forEach((id, v) -> out.put(id.toLowerCase(Locale.ROOT), v));
        return Map.copyOf(out);
      }
    }
    return Map.copyOf(dims);
  }

  /** The score on a 0-100 scale. */
  public double percent() {
    return maxScore <= 0 ? 0 : 100.0 * score / maxScore;
  }
}
