package gt.observatorio.crawler.harvest;

import java.net.URI;

/** Small URI helpers for harvesters. */
public final class Uris {
  private Uris() {}

  /** The URI as a base for relative paths: its path ends with a slash, no query or fragment. */
  public static URI asBase(URI uri) {
    String s = uri.toString();
    int cut = s.length();
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    s = s.substring(0, cut);
    if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      return URI.create(s + "/");
    }
    return URI.create(s.endsWith("/") ? s : s + "/");
  }

  /** Resolves {@code ref} against {@code base}; null when it is not a valid URI. */
  public static URI resolve(URI base, String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    try {
      return base.resolve(ref.trim().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
