package gt.observatorio.rules.maturity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import gt.observatorio.rules.ruleset.ClasspathSchemas;
import com.networknt.schema.ValidationMessage;
import gt.observatorio.engine.maturity.AutomaticCriteria;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.rules.maturity.MaturityModelException.Problem;
import gt.observatorio.rules.ruleset.Canonical;
import gt.observatorio.rules.ruleset.YamlLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Loads a maturity model from YAML: validates it against {@code maturity/maturity-model.schema.json}, then
 * checks what a schema cannot (automatic criteria known, levels defined, dimensions and sources resolved,
 * parameters declared, ids unique) and fails with every problem, each naming the file, line, key and reason.
 * The content hash is the SHA-256 of the file's canonical JSON (sorted keys): comments and layout do not
 * change it, any other change does.
 */
public final class MaturityModelLoader {
  /** The JSON Schema of the model format, on the class path. */
  public static final String SCHEMA = "maturity/maturity-model.schema.json";
  /** The model shipped with the observatory. */
  public static final String BUILT_IN = "maturity/modelo-madurez.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private final Map<String, AutomaticCriterion> checks;

  public MaturityModelLoader() {
    this(AutomaticCriteria.all());
  }

  public MaturityModelLoader(Map<String, AutomaticCriterion> checks) {
    this.checks = checks;
  }

  /** The built-in model. */
  public MaturityModel builtIn() {
    try (InputStream in = MaturityModelLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      return load(BUILT_IN, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads one model.
   *
   * @param origin the file name or resource, used in messages
   */
  public MaturityModel load(String origin, byte[] yaml) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new MaturityModelException(List.of(new Problem(origin, line, null, "not valid YAML: "
          + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode() || !tree.isObject()) {
      throw new MaturityModelException(List.of(new Problem(origin, 1, null, "empty maturity model")));
    }
    YamlLines lines = YamlLines.of(yaml);
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : schema().validate(tree)) {
      String ptr = m.getInstanceLocation().toString();
      String why = reason(m);
      if (ptr.endsWith("/level") || ptr.startsWith("/levels")) {
        why = "bad level: " + why;
      }
      problems.add(new Problem(origin, lines.line(ptr), ModelReader.key(tree, ptr), why));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      throw new MaturityModelException(problems);
    }
    return new ModelReader(checks, origin, lines).read(tree, hash(tree));
  }

  private static String reason(ValidationMessage m) {
    if ("required".equals(m.getType()) && m.getArguments() != null && m.getArguments().length > 0) {
      String property = String.valueOf(m.getArguments()[0]);
      if ("es".equals(property) || "en".equals(property)) {
        return "missing label '" + property + "' (every text has Spanish and English)";
      }
      return "missing '" + property + "'";
    }
    return ClasspathSchemas.withoutLocation(m);
  }

  private static String hash(JsonNode tree) {
    try {
      Object plain = CANONICAL.treeToValue(tree, Object.class);
      return Canonical.sha256(CANONICAL.writeValueAsBytes(plain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonSchema schema() {
    return ClasspathSchemas.get(SCHEMA);
  }
}
