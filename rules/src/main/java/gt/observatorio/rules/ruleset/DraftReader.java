package gt.observatorio.rules.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.ruleset.Draft.DraftDimension;
import gt.observatorio.rules.ruleset.Draft.DraftRule;
import gt.observatorio.rules.ruleset.RuleSetException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a schema-valid tree into a {@link Draft}, checking rule ids and parameters. */
final class DraftReader {
  private final Map<String, Rule> registry;
  private final String origin;
  private final YamlLines lines;
  private final List<Problem> problems = new ArrayList<>();

  DraftReader(Map<String, Rule> registry, String origin, YamlLines lines) {
    this.registry = registry;
    this.origin = origin;
    this.lines = lines;
  }

  Draft read(JsonNode t) {
    String ext = text(t, "extends");
    JsonNode scoring = t.get("scoring");
    ScoringMethod method = scoring == null ? null : ScoringMethod.fromId(scoring.get("method").asText());
    Map<String, Double> legacy = null;
    if (scoring != null && scoring.has("dimensions")) {
      legacy = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = scoring.get("dimensions").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        legacy.put(e.getKey(), e.getValue().asDouble());
      }
    }
    List<DraftDimension> dims = t.has("dimensions") ? dimensions(t.get("dimensions")) : null;
    List<RatingBand> rating = null;
    if (t.has("rating")) {
      rating = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < t.get("rating").size(); i++) {
        JsonNode b = t.get("rating").get(i);
        if (!seen.add(b.get("id").asText())) {
          problem("/rating/" + i, null, "duplicate rating band '" + b.get("id").asText() + "'");
        }
        rating.add(new RatingBand(b.get("id").asText(), b.get("min").asDouble(), textOf(b.get("label"))));
      }
    }
    List<DraftRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonNode rs = t.get("rules");
    for (int i = 0; i < rs.size(); i++) {
      DraftRule r = rule(rs.get(i), "/rules/" + i, ext != null);
      if (r != null && !ids.add(r.id())) {
        problem("/rules/" + i, r.id(), "rule listed twice");
      }
      if (r != null) {
        rules.add(r);
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleSetException(problems);
    }
    return new Draft(origin, text(t, "id"), text(t, "profile"), text(t, "version"), ext,
        textOf(t.get("title")), textOf(t.get("description")), text(t, "source"), method, dims, legacy, rating, rules,
        lines);
  }

  private List<DraftDimension> dimensions(JsonNode list) {
    List<DraftDimension> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode d = list.get(i);
      String id = d.get("id").asText();
      if (!seen.add(id)) {
        problem("/dimensions/" + i, null, "dimension '" + id + "' declared twice");
      }
      JsonNode scale = d.get("scale");
      out.add(new DraftDimension(id, textOf(d.get("label")), d.has("weight") ? d.get("weight").asDouble() : null,
          scale == null ? null : Scale.Kind.fromId(scale.get("kind").asText()),
          scale == null || !scale.has("max") ? null : scale.get("max").asDouble(), "/dimensions/" + i));
    }
    return out;
  }

  private DraftRule rule(JsonNode n, String ptr, boolean extending) {
    String id = n.get("id").asText();
    Rule rule = registry.get(id);
    if (rule == null) {
      problem(ptr + "/id", id, "unknown rule id; known ids: " + String.join(", ", registry.keySet()));
      return null;
    }
    Double weight = n.has("weight") ? n.get("weight").asDouble() : null;
    if (weight == null && !extending) {
      problem(ptr, id, "weight is required");
    }
    Map<String, Object> params = new LinkedHashMap<>();
    JsonNode ps = n.get("params");
    if (ps != null) {
      Map<String, ParamSpec> declared = rule.parameters().stream()
          .collect(Collectors.toMap(ParamSpec::name, p -> p));
      for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        ParamSpec spec = declared.get(e.getKey());
        if (spec == null) {
          problem(ptr + "/params/" + e.getKey(), id, "unknown parameter '" + e.getKey() + "'; declared: "
              + (declared.isEmpty() ? "(none)" : String.join(", ", declared.keySet())));
          continue;
        }
        Object v = ParamValues.convert(spec, e.getValue());
        if (v instanceof String s && s.startsWith("!")) {
          problem(ptr + "/params/" + e.getKey(), id, s.substring(1));
        } else {
          params.put(e.getKey(), v);
        }
      }
    }
    Boolean enabled = n.has("enabled") ? n.get("enabled").asBoolean() : null;
    return new DraftRule(id, weight, text(n, "group"), text(n, "dimension"), enabled, params, lines.line(ptr));
  }

  private void problem(String ptr, String ruleId, String reason) {
    problems.add(new Problem(origin, lines.line(ptr), ruleId, reason));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Text textOf(JsonNode n) {
    return n == null ? null : new Text(n.get("es").asText(), n.get("en").asText());
  }
}
