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
  private final Tika tika = new Tika();

  /** The sniffed media type, or null when there are no bytes. */
  public String sniff(byte[] firstBytes, String name) {
    if (firstBytes == null || firstBytes.length == 0) {
      return null;
    }
    String text = plainText(firstBytes) ? text(firstBytes) : null;
    String quick = text == null || text.isEmpty() || "<%#".indexOf(text.charAt(0)) >= 0 ? null
        : jsonOrDelimited(text);
    if (quick != null) {
      return quick;
    }
    String type;
    try (InputStream in = new java.io.ByteArrayInputStream(firstBytes)) {
      type = tika.detect(in, name == null ? null : fileName(name));
    } catch (IOException | RuntimeException e) {
      type = "application/octet-stream";
    }
    if ("text/plain".equals(type)) {
      String typed = jsonOrDelimited(text(firstBytes));
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
    if ((text.startsWith("{") || text.startsWith("[")) && text.matches("(?s)[\\[{]\\s*[\"\\[{\\]}0-9tfn-].*")) {
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

  private static boolean looksDelimited(String text) {
    String[] lines = text.split("\r?\n");
    if (lines.length < 2) {
      return false;
    }
    for (char sep : new char[] {',', ';', '\t', '|'}) {
      long first = count(lines[0], sep);
      if (first == 0) {
        continue;
      }
      int n = Math.min(lines.length - 1, 5);
      boolean same = true;
      for (int i = 1; i < n; i++) {
        same &= count(lines[i], sep) == first;
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }

  private static String fileName(String url) {
    String path = url.split("[?#]")[0];
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
