package gt.observatorio.rules.vocab;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of the values portals write, so that look-ups forgive case, accents and spacing. */
public final class Keys {
  private Keys() {}

  /** Where a URL's path ends: before its query ({@code ?}) or fragment ({@code #}), or its length. */
  public static int urlPathEnd(String url) {
    int end = url.length();
    int q = url.indexOf('?');
    if (q >= 0) {
      end = q;
    }
    int h = url.indexOf('#');
    if (h >= 0 && h < end) {
      end = h;
    }
    return end;
  }

  /**
   * Lower case, no accents, inner whitespace collapsed, surrounding spaces, dots and quotes
   * removed: {@code " .CSV "} and {@code "Hoja de Cálculo"} become {@code csv} and
   * {@code hoja de calculo}.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    s = s.toLowerCase(Locale.ROOT);
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '.' || s.charAt(start) == '"' || s.charAt(start) == '\'')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '"' || s.charAt(end - 1) == '\'')) {
      end--;
    }
    s = s.substring(start, end).strip();
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '_') {
        if (b == null) {
          b = new StringBuilder(s.length()).append(s, 0, i);
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString().strip();
  }

  /** The last segment of a URI-like value ({@code .../file-type/CSV} is {@code CSV}), else the value. */
  public static String lastSegment(String raw) {
    String s = raw.strip();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
    return slash >= 0 ? s.substring(slash + 1) : s;
  }

  /** Whether the value looks like an http(s) URI. */
  public static boolean isUri(String raw) {
    return raw.regionMatches(true, 0, "http://", 0, 7) || raw.regionMatches(true, 0, "https://", 0, 8);
  }
}
