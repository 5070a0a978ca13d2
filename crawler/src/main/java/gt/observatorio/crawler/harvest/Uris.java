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

  /**
   * Parses a URL as browsers do with what catalogs really contain: trims it and percent-encodes
   * spaces, non-ASCII characters and other characters URIs do not allow. Throws
   * {@link java.net.URISyntaxException} when it still is not a URI.
   */
  public static URI lenient(String url) throws java.net.URISyntaxException {
    if (url == null) {
      throw new java.net.URISyntaxException("null", "no URL");
    }
    String s = url.strip();
    if (allowedAsIs(s)) {
      return new URI(s);
    }
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (escaped(c)) {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append((char) c);
      }
    }
    return new URI(out.toString());
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean escaped(int c) {
    return c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0;
  }

  private static boolean allowedAsIs(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (escaped(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
