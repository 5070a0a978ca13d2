package gt.observatorio.engine.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding's message by reference: the key naming it within its rule (stable across wordings, e.g.
 * {@code overdue}), the rule's bilingual template with {@code {name}} placeholders, and the values observed
 * on one dataset that fill them. The store keeps the template once per wording and, per finding, only the
 * key and the values (V160); {@link #render()} gives the text a person reads.
 */
public record MessageRef(String key, Text template, Map<String, String> params) {

  public MessageRef {
    params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
  }

  /** A message of a rule, without values yet. */
  public static MessageRef of(String key, String es, String en) {
    return new MessageRef(key, Text.of(es, en), Map.of());
  }

  /** This message filled with values: name, value, name, value, ... (values written with {@code String.valueOf}). */
  public MessageRef with(Object... namesAndValues) {
    Map<String, String> p = new LinkedHashMap<>(params);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      p.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
    }
    return new MessageRef(key, template, p);
  }

  /** The text: the template with each {@code {name}} that has a value replaced, in one pass (as SQL's render_template). */
  public Text render() {
    return template == null ? null : Text.of(fill(template.es(), params), fill(template.en(), params));
  }

  static String fill(String t, Map<String, String> p) {
    if (t == null || p.isEmpty()) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length() + 16);
    int from = 0;
    while (true) {
      int i = t.indexOf('{', from);
      int j = i < 0 ? -1 : t.indexOf('}', i + 1);
      if (j < 0) {
        break;
      }
      String v = p.get(t.substring(i + 1, j));
      if (v == null) {
        out.append(t, from, i + 1);
        from = i + 1;
      } else {
        out.append(t, from, i).append(v);
        from = j + 1;
      }
    }
    return out.append(t, from, t.length()).toString();
  }
}
