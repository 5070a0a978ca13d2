package gt.observatorio.web.api;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Marks every export of simulated data (the demo) so that a downloaded file can never pass for real figures:
 * CSV gets a last column {@code simulado / simulated} with {@code sí / yes} on every row (the file stays valid
 * RFC 4180, the other columns keep their place), JSON a top-level {@code "simulated": true}, Turtle a leading
 * comment. Pure.
 */
public final class SimulatedMark {
  static final String CSV_HEADER = "\"simulado / simulated\"";
  static final String CSV_VALUE = "\"sí / yes\"";

  private SimulatedMark() {}

  /** The CSV text with the marker column appended to each record (quoted line breaks are left alone). */
  public static String csv(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean quoted = false;
    boolean header = true;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '\r' || ch == '\n')) {
        if (i > lineStart) {
          out.append(',').append(header ? CSV_HEADER : CSV_VALUE);
          header = false;
        }
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          out.append("\r\n");
          i++;
        } else {
          out.append(ch);
        }
        lineStart = i + 1;
        continue;
      }
      out.append(ch);
    }
    if (lineStart < text.length()) {
      out.append(',').append(header ? CSV_HEADER : CSV_VALUE);
    }
    return out.toString();
  }

  /** The answer marked by its media type (CSV, JSON, Turtle); others unchanged. */
  static Body body(Body b) {
    String type = b.contentType();
    if (type.startsWith("text/csv")) {
      return Body.text(type, csv(b.bytes().toString(StandardCharsets.UTF_8)), b.fileName());
    }
    if (type.startsWith("application/json")) {
      JsonObject o = new JsonObject(b.bytes());
      return new Body(type, o.put("simulated", true).toBuffer(), b.fileName());
    }
    if (type.startsWith("text/turtle")) {
      return new Body(type, Buffer.buffer("# Datos simulados (demo) / Simulated data (demo)\n").appendBuffer(b.bytes()),
          b.fileName());
    }
    return b;
  }
}
