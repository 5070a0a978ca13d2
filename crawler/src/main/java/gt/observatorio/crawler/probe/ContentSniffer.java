package gt.observatorio.crawler.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;

/**
 * Detects the real media type of content from its first bytes (Apache Tika's magic signatures),
 * using the file name only as a hint Tika may refine (zip + .xlsx, text + .csv). Light checks add
 * JSON and delimited text, which have no magic number.
 */
public final class ContentSniffer {
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  private final Tika tika = new Tika();

  /** The sniffed media type, refined to the format publishers mean ({@link FormatDialects}), or null when there are no bytes. */
  public String sniff(byte[] firstBytes, String name) {
    return FormatDialects.refine(firstBytes, detect(firstBytes, name), this);
  }

  /** The type of a container's content (a gzip's first bytes), without looking into containers again. */
  String sniffInner(byte[] bytes) {
    return FormatDialects.refine(bytes, detect(bytes, null), null);
  }

  private String detect(byte[] firstBytes, String name) {
    if (firstBytes == null || firstBytes.length == 0) {
      return null;
    }
    String text = plainText(firstBytes) ? text(firstBytes) : null;
    boolean checked = text != null && !text.isEmpty() && "<%#".indexOf(text.charAt(0)) < 0;
    String quick = checked ? jsonOrDelimited(text) : null;
    if (quick != null) {
      return quick;
    }
    String type;
    try (InputStream in = new java.io.ByteArrayInputStream(firstBytes)) {
      type = tika.detect(in, name == null ? null : fileName(name));
    } catch (IOException | RuntimeException e) {
      type = "application/octet-stream";
    }
    if ("text/plain".equals(type) && !checked) {
      String typed = jsonOrDelimited(text == null ? text(firstBytes) : text);
      return typed == null ? type : typed;
    }
    return type;
  }

  /**
   * JSON or delimited text, recognised by light checks (neither has a magic number). Plain text
   * that looks like one of them skips Tika's magic scan, by far the costliest step of a probe;
   * text starting like markup ({@code <}), PDF/PostScript ({@code %}) or a script ({@code #}) is
   * left to Tika first.
   */
  private static String jsonOrDelimited(String text) {
    if (looksJson(text)) {
      return "application/json";
    }
    return looksDelimited(text) ? "text/csv" : null;
  }

  private static String text(byte[] firstBytes) {
    String text = new String(firstBytes, 0, Math.min(firstBytes.length, 4096), StandardCharsets.UTF_8).strip();
    return text.startsWith("\uFEFF") ? text.substring(1).strip() : text;
  }

  /** No NUL and no control bytes other than tab, line feed, form feed and carriage return. */
  private static boolean plainText(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, 4096); i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Starts with a brace or a bracket, then optional whitespace, then a character a JSON value can start with. */
  static boolean looksJson(String text) {
    if (text.isEmpty() || text.charAt(0) != '{' && text.charAt(0) != '[') {
      return false;
    }
    int i = 1;
    while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && "\"[{]}0123456789tfn-".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * The first line has a separator (comma, semicolon, tab, bar) that the following lines have as
   * many times: lines 2 to 5, and never the last line (the range may have cut it). Lines end at LF
   * or CRLF; at least two lines. Same answer as splitting on {@code \r?\n}, for stripped text.
   */
  static boolean looksDelimited(String text) {
    int[] starts = new int[7];
    int[] ends = new int[7];
    int lines = 0;
    int from = 0;
    boolean ended = false;
    while (lines < 7 && !ended) {
      int nl = text.indexOf('\n', from);
      ended = nl < 0;
      starts[lines] = from;
      ends[lines++] = ended ? text.length() : nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      from = nl + 1;
    }
    while (ended && lines > 0 && starts[lines - 1] == ends[lines - 1]) {
      lines--;
    }
    if (lines < 2) {
      return false;
    }
    int n = Math.min(lines - 1, 5);
    for (char sep : SEPARATORS) {
      int first = count(text, starts[0], ends[0], sep);
      if (first == 0) {
        continue;
      }
      boolean same = true;
      for (int i = 1; i < n; i++) {
        same &= count(text, starts[i], ends[i], sep) == first;
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static int count(String text, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String fileName(String url) {
    String path = url.split("[?#]")[0];
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
