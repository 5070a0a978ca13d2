package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded and validated rule set.
 *
 * @param dimensions the rule set's dimensions in display order, each with its label, weight and scale
 * @param rating bands in ascending order of {@code min}; empty when the profile has none
 * @param fullScale the score a perfect dataset gets: 100 for dimensions, the sum of weights for points
 * @param origin the file or resource it was read from
 */
public record RuleSetDefinition(RuleSetInfo info, Text title, Text description, String source,
    ScoringMethod method, List<DimensionSpec> dimensions, List<RatingBand> rating,
    List<RuleEntry> rules, double fullScale, String origin) {

  public RuleSetDefinition {
    dimensions = List.copyOf(dimensions);
    rating = List.copyOf(rating);
    rules = List.copyOf(rules);
  }

  /** The weight of each dimension by id, in display order. */
  public Map<String, Double> dimensionWeights() {
    Map<String, Double> out = new LinkedHashMap<>();
    dimensions.forEach(d -> out.put(d.id(), d.weight()));
    return out;
  }

  public Optional<DimensionSpec> dimension(String id) {
    return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The label of a rating band id, if the rule set has that band. */
  public Optional<Text> ratingLabel(String bandId) {
    return rating.stream().filter(b -> b.id().equals(bandId)).map(RatingBand::label).findFirst();
  }
}
