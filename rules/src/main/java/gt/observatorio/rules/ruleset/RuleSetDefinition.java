package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Map;

/**
 * A loaded and validated rule set.
 *
 * @param dimensionWeights the weight of each dimension in the overall score (method dimensions)
 * @param rating bands in ascending order of {@code min}; empty when the profile has none
 * @param fullScale the score a perfect dataset gets: 100 for dimensions, the sum of weights for points
 * @param origin the file or resource it was read from
 */
public record RuleSetDefinition(RuleSetInfo info, Text title, Text description, String source,
    ScoringMethod method, Map<Dimension, Double> dimensionWeights, List<RatingBand> rating,
    List<RuleEntry> rules, double fullScale, String origin) {

  public RuleSetDefinition {
    dimensionWeights = Map.copyOf(dimensionWeights);
    rating = List.copyOf(rating);
    rules = List.copyOf(rules);
  }
}
