package gt.observatorio.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Merging and walking of configuration trees. */
final class ConfigTrees {
  private ConfigTrees() {}

  /**
   * Overlays {@code layer} on {@code base}. With {@code strict}, a key that {@code base} does not
   * declare is an error naming the file and the key.
   */
  static void merge(ObjectNode base, ObjectNode layer, String prefix, String origin,
      Map<String, String> origins, boolean strict) {
    Iterator<Map.Entry<String, JsonNode>> it = layer.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode existing = base.get(e.getKey());
      if (strict && existing == null) {
        throw new ConfigException(origin, key, "unknown key; known keys here: "
            + String.join(", ", keys(base)));
      }
      if (existing != null && existing.isObject() && e.getValue().isObject()) {
        merge((ObjectNode) existing, (ObjectNode) e.getValue(), key, origin, origins, strict);
      } else if (strict && existing != null && existing.isObject() && !e.getValue().isNull()) {
        throw new ConfigException(origin, key, "must be a mapping with keys: "
            + String.join(", ", keys(existing)));
      } else {
        base.set(e.getKey(), e.getValue());
        origins.put(key, origin);
      }
    }
  }

  static List<String> leafPaths(ObjectNode root) {
    List<String> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String prefix, List<String> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue().isObject()) {
        collect(e.getValue(), key, out);
      } else {
        out.add(key);
      }
    }
  }

  static void set(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (ObjectNode) node.get(parts[i]);
    }
    JsonNode old = node.get(parts[parts.length - 1]);
    if (old != null && old.isArray()) {
      ObjectNode holder = root.objectNode();
      for (String item : value.asText().split(",")) {
        holder.withArray("v").add(item.trim());
      }
      node.set(parts[parts.length - 1], holder.get("v"));
    } else {
      node.set(parts[parts.length - 1], value);
    }
  }

  private static TreeSet<String> keys(JsonNode node) {
    TreeSet<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
