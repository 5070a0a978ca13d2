package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Map;

/**
 * One rule-set file as read and checked, before inheritance is resolved. Nullable: what the file omits.
 *
 * @param dimensions the {@code dimensions:} list
 * @param legacyWeights the older {@code scoring.dimensions} map of weights by id
 */
record Draft(String origin, String id, String profile, String version, String extendsName,
    Text title, Text description, String source, ScoringMethod method,
    List<DraftDimension> dimensions, Map<String, Double> legacyWeights, List<RatingBand> rating,
    List<DraftRule> rules, YamlLines lines) {

  /** One entry under {@code dimensions:}; {@code scale} null when the file omits it. */
  record DraftDimension(String id, Text label, Double weight, Scale.Kind scale, Double max, String pointer) {}

  /** One entry under {@code rules:}. */
  record DraftRule(String id, Double weight, String group, String dimension, Boolean enabled,
      Map<String, Object> params, int line) {}
}
