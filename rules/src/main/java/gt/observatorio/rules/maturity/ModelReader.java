package gt.observatorio.rules.maturity;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionKind;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.KeyDataset;
import gt.observatorio.engine.maturity.MaturityDimension;
import gt.observatorio.engine.maturity.MaturityLevel;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.engine.maturity.SourceRef;
import gt.observatorio.rules.maturity.MaturityModelException.Problem;
import gt.observatorio.rules.ruleset.YamlLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/** Reads a schema-valid model tree into records, checking references, levels and criteria. */
final class ModelReader {
  private static final int DEFAULT_VALIDITY_MONTHS = 12;
  private final Map<String, AutomaticCriterion> checks;
  private final String origin;
  private final YamlLines lines;
  private final List<Problem> problems = new ArrayList<>();
  private JsonNode tree;

  ModelReader(Map<String, AutomaticCriterion> checks, String origin, YamlLines lines) {
    this.checks = checks;
    this.origin = origin;
    this.lines = lines;
  }

  MaturityModel read(JsonNode t, String hash) {
    tree = t;
    List<MaturityLevel> levels = list("levels", (n, p) -> new MaturityLevel(n.get("number").asInt(),
        n.get("id").asText(), text(n.get("label")), text(n.get("description"))));
    Set<Integer> numbers = new TreeSet<>();
    for (int i = 0; i < levels.size(); i++) {
      if (!numbers.add(levels.get(i).number())) {
        problem("/levels/" + i + "/number", "bad level: number " + levels.get(i).number() + " listed twice");
      }
    }
    for (int n = 1; n <= numbers.size(); n++) {
      if (!numbers.contains(n)) {
        problem("/levels", "bad level: levels must be numbered 1.." + numbers.size() + " without gaps; have " + numbers);
        break;
      }
    }
    List<MaturityDimension> dims = list("dimensions", (n, p) -> new MaturityDimension(n.get("id").asText(),
        text(n.get("label")), text(n.get("description"))));
    List<SourceRef> sources = list("sources", (n, p) -> new SourceRef(n.get("id").asText(), text(n.get("label")),
        n.path("citation").asText(null)));
    Set<String> dimIds = unique("dimensions", dims.stream().map(MaturityDimension::id).toList());
    Set<String> sourceIds = unique("sources", sources.stream().map(SourceRef::id).toList());
    int validity = t.path("answers").path("validityMonths").asInt(DEFAULT_VALIDITY_MONTHS);
    List<Criterion> criteria = list("criteria", (n, p) -> criterion(n, p, numbers, dimIds, sourceIds, validity));
    unique("criteria", criteria.stream().map(Criterion::id).toList());
    List<KeyDataset> keys = list("keyDatasets", (n, p) -> keyDataset(n, p, sourceIds));
    unique("keyDatasets", keys.stream().map(KeyDataset::id).toList());
    if (!problems.isEmpty()) {
      throw new MaturityModelException(problems);
    }
    return new MaturityModel(t.get("id").asText(), t.get("version").asText(), hash, text(t.get("title")),
        text(t.get("description")), levels, dims, criteria, keys, sources);
  }

  private Criterion criterion(JsonNode n, String p, Set<Integer> levels, Set<String> dims, Set<String> sources,
      int defaultValidity) {
    String id = n.get("id").asText();
    int level = n.get("level").asInt();
    if (!levels.contains(level)) {
      problem(p + "/level", "bad level: " + level + " is not a level of the model " + levels);
    }
    if (!dims.contains(n.get("dimension").asText())) {
      problem(p + "/dimension", "unknown dimension '" + n.get("dimension").asText() + "'; dimensions: " + dims);
    }
    for (int i = 0; i < n.get("sources").size(); i++) {
      if (!sources.contains(n.get("sources").get(i).asText())) {
        problem(p + "/sources/" + i, "unknown source '" + n.get("sources").get(i).asText() + "'; sources: " + sources);
      }
    }
    CriterionKind kind = CriterionKind.fromId(n.get("kind").asText());
    Map<String, Double> params = new LinkedHashMap<>();
    String check = n.path("check").asText(null);
    if (kind == CriterionKind.AUTOMATIC) {
      AutomaticCriterion a = check == null ? null : checks.get(check);
      if (check == null) {
        problem(p, "an automatic criterion names its 'check'; known: " + checks.keySet());
      } else if (a == null) {
        problem(p + "/check", "unknown criterion check '" + check + "'; known: " + checks.keySet());
      } else {
        params = params(n.get("params"), p, a);
      }
      if (n.has("question")) {
        problem(p + "/question", "only an answered criterion has a question");
      }
    } else {
      if (check != null || n.has("params")) {
        problem(p + "/check", "an answered criterion has no check or params");
      }
      if (!n.has("question")) {
        problem(p, "missing label 'question' (what the institution is asked, in Spanish and English)");
      }
    }
    return new Criterion(id, n.get("dimension").asText(), level, kind, check, params, text(n.get("title")),
        text(n.get("rationale")), text(n.get("question")), strings(n.get("sources")),
        n.path("validityMonths").asInt(defaultValidity));
  }

  private Map<String, Double> params(JsonNode given, String p, AutomaticCriterion a) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (CriterionParam spec : a.parameters()) {
      out.put(spec.name(), spec.defaultValue());
    }
    if (given != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!out.containsKey(e.getKey())) {
          problem(p + "/params/" + e.getKey(), "unknown parameter '" + e.getKey() + "' of check '" + a.id()
              + "'; declared: " + out.keySet());
        } else {
          out.put(e.getKey(), e.getValue().asDouble());
        }
      }
    }
    return out;
  }

  private KeyDataset keyDataset(JsonNode n, String p, Set<String> sources) {
    if (!sources.contains(n.get("source").asText())) {
      problem(p + "/source", "unknown source '" + n.get("source").asText() + "'; sources: " + sources);
    }
    return new KeyDataset(n.get("id").asText(), text(n.get("label")), strings(n.get("types")),
        strings(n.get("sectors")), strings(n.get("institutions")), strings(n.get("terms")),
        strings(n.get("variables")), n.path("duty").asBoolean(false), n.get("source").asText(),
        n.path("citation").asText(null));
  }

  private <T> List<T> list(String field, BiFunction<JsonNode, String, T> read) {
    List<T> out = new ArrayList<>();
    JsonNode arr = tree.path(field);
    for (int i = 0; i < arr.size(); i++) {
      out.add(read.apply(arr.get(i), "/" + field + "/" + i));
    }
    return out;
  }

  private Set<String> unique(String field, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        problem("/" + field + "/" + i + "/id", "id '" + ids.get(i) + "' listed twice");
      }
    }
    return seen;
  }

  private void problem(String ptr, String reason) {
    problems.add(new Problem(origin, lines.line(ptr), key(tree, ptr), reason));
  }

  /** A JSON Pointer, with the id of the criterion, level, dimension or key dataset it falls in. */
  static String key(JsonNode tree, String ptr) {
    String[] parts = ptr.split("/");
    if (parts.length >= 3 && parts[2].matches("\\d+")) {
      JsonNode id = tree.path(parts[1]).path(Integer.parseInt(parts[2])).path("id");
      if (id.isValueNode()) {
        return ptr + " (" + parts[1] + " '" + id.asText() + "')";
      }
    }
    return ptr;
  }

  private static Text text(JsonNode n) {
    return n == null || n.isNull() ? null : new Text(n.get("es").asText(), n.get("en").asText());
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }
}
