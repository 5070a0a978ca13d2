package gt.observatorio.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the configuration in three layers: the documented defaults that each module ships
 * (one YAML resource per module, each holding top-level sections), the user's file, then
 * environment variables named after the key path ({@code db.url} is {@code OBSERVATORY_DB_URL},
 * {@code crawler.userAgent} is {@code OBSERVATORY_CRAWLER_USER_AGENT}).
 *
 * <p>A key the defaults do not declare is an error, as is a value of the wrong type; each error
 * names the file, the key and the reason.
 */
public final class ConfigLoader {
  public static final String ENV_PREFIX = "OBSERVATORY_";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final ObjectNode tree;
  private final Map<String, String> origins;

  private ConfigLoader(ObjectNode tree, Map<String, String> origins) {
    this.tree = tree;
    this.origins = origins;
  }

  /**
   * Loads the layers.
   *
   * @param defaultResources class-path resources with the modules' documented defaults
   * @param userFile the user's YAML file, if any
   * @param env the environment (usually {@code System.getenv()})
   */
  public static ConfigLoader load(
      List<String> defaultResources, Optional<Path> userFile, Map<String, String> env) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    Map<String, String> origins = new java.util.HashMap<>();
    for (String resource : defaultResources) {
      ObjectNode defaults = readResource(resource);
      ConfigTrees.merge(root, defaults, "", resource, origins, false);
    }
    if (userFile.isPresent()) {
      Path file = userFile.get();
      ObjectNode user = readFile(file);
      ConfigTrees.merge(root, user, "", file.toString(), origins, true);
    }
    for (String path : ConfigTrees.leafPaths(root)) {
      String value = env.get(envName(path));
      if (value != null) {
        ConfigTrees.set(root, path, TextNode.valueOf(value));
        origins.put(path, "environment variable " + envName(path));
      }
    }
    return new ConfigLoader(root, origins);
  }

  /** The environment variable that overrides a key path. */
  public static String envName(String path) {
    return ENV_PREFIX + path.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }

  /** Binds one top-level section to its typed record. */
  public <T> T bind(String section, Class<T> type) {
    JsonNode node = tree.get(section);
    if (node == null) {
      java.util.List<String> known = new java.util.ArrayList<>();
      tree.fieldNames().forEachRemaining(known::add);
      throw new ConfigException("(defaults)", section, "no such section; known sections: "
          + String.join(", ", known));
    }
    try {
      return YAML.treeToValue(node, type);
    } catch (MismatchedInputException e) {
      String key = section + e.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining());
      throw new ConfigException(origins.getOrDefault(key, "(defaults)"), key,
          "cannot be read as " + e.getTargetType().getSimpleName() + " (" + e.getOriginalMessage() + ")", e);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new ConfigException("(configuration)", section, e.getMessage(), e);
    }
  }

  /** The merged configuration as a tree, e.g. to print it. */
  public ObjectNode tree() {
    return tree.deepCopy();
  }

  /** Where the value of a key path came from: a resource, a file or an environment variable. */
  public String originOf(String path) {
    return origins.getOrDefault(path, "(defaults)");
  }

  private static ObjectNode readResource(String resource) {
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException(resource, null, "default configuration resource not found on the class path");
      }
      return asObject(YAML.readTree(in), resource);
    } catch (IOException e) {
      throw new ConfigException(resource, null, "cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static ObjectNode readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file.toString(), null, "file not found");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return asObject(YAML.readTree(in), file.toString());
    } catch (JsonProcessingException e) {
      throw new ConfigException(file.toString(), null, "is not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new ConfigException(file.toString(), null, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static ObjectNode asObject(JsonNode node, String origin) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new ConfigException(origin, null, "must be a mapping of sections, found " + node.getNodeType());
    }
    return (ObjectNode) node;
  }
}
