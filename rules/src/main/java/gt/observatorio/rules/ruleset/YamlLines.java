package gt.observatorio.rules.ruleset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The line where each node of a YAML document starts, by JSON Pointer ({@code /rules/3/weight}). */
public final class YamlLines {
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  public static YamlLines of(byte[] yaml) {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        String ptr = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          ptr = p.getParsingContext().getParent() == null ? ""
              : p.getParsingContext().getParent().pathAsPointer().toString();
        }
        out.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
      }
    } catch (IOException e) {
      // syntax errors are reported by the loader; keep the lines read so far
    }
    return new YamlLines(out);
  }

  /** The line of the node at {@code pointer}, or of its nearest ancestor; 0 when unknown. */
  public int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0 || p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, slash);
    }
  }
}
