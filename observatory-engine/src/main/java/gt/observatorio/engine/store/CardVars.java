package gt.observatorio.engine.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a stored rule outcome that name one dataset (its own RDF node
 * {@code urn:observatorio:dataset:<id>}, the URLs of its distributions), kept apart so that the outcome itself is
 * shared by every dataset with the same result (issue 18). In the outcome's findings (observed value, evidence,
 * message values) each such value is written as a placeholder {@code U+0001 n U+0002}, n its index in the card's
 * entry {@code [outcome id, value 0, value 1, ...]}; SQL's {@code fill_vars} (V191) and {@link #fill} put them back.
 * An outcome already holding either control character is left whole, so a placeholder is never ambiguous.
 */
public final class CardVars {
  private static final Pattern TOKEN =
      Pattern.compile("urn:observatorio:dataset:[A-Za-z0-9.*_+%\\-]+|https?://[^\\s]+");
  private static final String[] FIELDS = {"observed", "evidence"};

  private CardVars() {}

  /**
   * Replaces the dataset's own values in a compact outcome by placeholders, in place, and gives them in order of
   * first appearance; gives none (and leaves the outcome as it is) where there are none or where the outcome
   * already holds a placeholder character.
   */
  public static List<String> extract(ObjectNode outcome) {
    String json = JsonCodec.write(outcome);
    if (json.contains("\\u0001") || json.contains("\\u0002")) {
      return List.of();
    }
    ObjectNode copy = outcome.deepCopy();
    List<String> vars = new ArrayList<>();
    rewrite(copy, s -> replace(s, vars));
    if (vars.isEmpty()) {
      return List.of();
    }
    ObjectNode check = copy.deepCopy();
    fill(check, vars);
    if (!check.equals(outcome)) {
      return List.of();
    }
    outcome.removeAll();
    outcome.setAll(copy);
    return List.copyOf(vars);
  }

  /** Puts the values back in place of their placeholders (as SQL's {@code fill_vars}). */
  public static void fill(ObjectNode outcome, List<String> vars) {
    rewrite(outcome, s -> {
      String out = s;
      for (int i = 0; i < vars.size(); i++) {
        out = out.replace(marker(i), vars.get(i));
      }
      return out;
    });
  }

  private static String marker(int i) {
    return "\u0001" + i + "\u0002";
  }

  private static String replace(String s, List<String> vars) {
    Matcher m = TOKEN.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (m.find()) {
      int i = vars.indexOf(m.group());
      if (i < 0) {
        i = vars.size();
        vars.add(m.group());
      }
      out.append(s, from, m.start()).append(marker(i));
      from = m.end();
    }
    return from == 0 ? s : out.append(s, from, s.length()).toString();
  }

  /** Applies f to the findings' observed value, evidence and message values. */
  private static void rewrite(ObjectNode outcome, UnaryOperator<String> f) {
    JsonNode findings = outcome.get("findings");
    if (findings == null || !findings.isArray()) {
      return;
    }
    for (JsonNode n : findings) {
      if (!(n instanceof ObjectNode finding)) {
        continue;
      }
      for (String field : FIELDS) {
        rewriteField(finding, field, f);
      }
      if (finding.get("params") instanceof ObjectNode params) {
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isTextual()) {
            e.setValue(TextNode.valueOf(f.apply(e.getValue().asText())));
          }
        }
      }
    }
  }

  private static void rewriteField(ObjectNode finding, String field, UnaryOperator<String> f) {
    JsonNode v = finding.get(field);
    if (v != null && v.isTextual()) {
      finding.put(field, f.apply(v.asText()));
    }
  }
}
