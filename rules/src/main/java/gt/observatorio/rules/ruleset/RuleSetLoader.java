package gt.observatorio.rules.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleRegistry;
import gt.observatorio.rules.ruleset.RuleSetException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads rule sets from YAML: validates each file against {@code rulesets/ruleset.schema.json},
 * then checks what a schema cannot (rule ids registered, parameters declared and typed, no
 * duplicates, inheritance), and fails with every problem found, each naming file, line, rule
 * and reason.
 */
public final class RuleSetLoader {
  /** The JSON Schema of the rule-set format, on the class path. */
  public static final String SCHEMA = "rulesets/ruleset.schema.json";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final Map<String, Rule> registry;

  public RuleSetLoader() {
    this(RuleRegistry.all());
  }

  public RuleSetLoader(Map<String, Rule> registry) {
    this.registry = registry;
  }

  /**
   * Loads one rule set.
   *
   * @param origin the file name or resource, used in messages
   * @param bases resolves a profile named by {@code extends}; returns null when there is none
   */
  public RuleSetDefinition load(String origin, byte[] yaml, Function<String, RuleSetDefinition> bases) {
    Draft draft = read(origin, yaml);
    RuleSetDefinition base = null;
    List<Problem> problems = new ArrayList<>();
    if (draft.extendsName() != null) {
      base = bases.apply(draft.extendsName());
      if (base == null) {
        problems.add(new Problem(origin, 1, null, "extends unknown profile '" + draft.extendsName() + "'"));
        throw new RuleSetException(problems);
      }
    }
    return new DraftResolver(registry).resolve(draft, base);
  }

  /** Loads a rule set that extends nothing. */
  public RuleSetDefinition load(String origin, byte[] yaml) {
    return load(origin, yaml, name -> null);
  }

  Draft read(String origin, byte[] yaml) {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String reason = said.contains("CharConversionException")
          ? "not valid UTF-8 text (a rule set is a UTF-8 YAML file): " : "not valid YAML: ";
      throw new RuleSetException(List.of(new Problem(origin, line, null,
          reason + said.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", ""))));
    } catch (java.io.CharConversionException e) {
      throw new RuleSetException(List.of(new Problem(origin, 0, null,
          "not valid UTF-8 text (a rule set is a UTF-8 YAML file): " + e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new RuleSetException(List.of(new Problem(origin, 1, null, "empty rule set")));
    }
    YamlLines lines = YamlLines.of(yaml);
    List<Problem> problems = new ArrayList<>();
    for (ValidationMessage m : schema().validate(tree)) {
      String ptr = m.getInstanceLocation().toString();
      problems.add(new Problem(origin, lines.line(ptr), ruleIdAt(tree, ptr), schemaReason(m, ptr)));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line));
      throw new RuleSetException(problems);
    }
    return new DraftReader(registry, origin, lines).read(tree);
  }

  private static String schemaReason(ValidationMessage m, String ptr) {
    String where = ptr.isEmpty() ? "" : ptr + ": ";
    return where + ClasspathSchemas.withoutLocation(m);
  }

  private static String ruleIdAt(JsonNode tree, String ptr) {
    if (!ptr.startsWith("/rules/")) {
      return null;
    }
    String rest = ptr.substring("/rules/".length());
    int slash = rest.indexOf('/');
    String index = slash < 0 ? rest : rest.substring(0, slash);
    JsonNode id = tree.at("/rules/" + index + "/id");
    return id.isTextual() ? id.asText() : null;
  }

  static JsonSchema schema() {
    return ClasspathSchemas.get(SCHEMA);
  }
}
