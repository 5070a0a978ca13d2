package gt.observatorio.crawler.laip;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Text as the classifier compares it: lower case, accents removed, words split by one space. */
final class TextNorm {
  private TextNorm() {}

  /** Lower case, no accents, keeps separators and digits (for dates). */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return d.toLowerCase(Locale.ROOT);
  }

  /** Folded, every run of non-letters-or-digits one space, padded with a space each side. */
  static String words(String s) {
    return " " + fold(s).replaceAll("[^a-z0-9]+", " ").trim() + " ";
  }

  /** A URL path decoded ({@code %20}, {@code +}) for reading words and dates. */
  static String decodedPath(String url) {
    try {
      java.net.URI u = java.net.URI.create(url.trim().replace(" ", "%20"));
      String p = u.getRawPath() == null ? "" : u.getRawPath();
      String q = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
      return URLDecoder.decode((p + q).replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
