package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Map;

/** One rule-set file as read and checked, before inheritance is resolved. Nullable: what the file omits. */
record Draft(String origin, String id, String profile, String version, String extendsName,
    Text title, Text description, String source, ScoringMethod method,
    Map<Dimension, Double> dimensions, List<RatingBand> rating, List<DraftRule> rules,
    YamlLines lines) {

  /** One entry under {@code rules:}. */
  record DraftRule(String id, Double weight, String group, Boolean enabled, Map<String, Object> params,
      int line) {}
}
