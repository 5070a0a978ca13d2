package gt.observatorio.crawler.harvest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks on untrusted XML before any parser sees it. */
final class Xml {
  private Xml() {}

  /** Whether the document declares a DOCTYPE (the door to XXE and entity expansion). */
  static boolean hasDoctype(byte[] body) {
    int n = Math.min(body.length, 64 * 1024);
    String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
    String utf16 = new String(body, 0, n, StandardCharsets.UTF_16LE).toUpperCase(Locale.ROOT)
        + new String(body, 0, n, StandardCharsets.UTF_16BE).toUpperCase(Locale.ROOT);
    return head.contains("<!DOCTYPE") || head.contains("<!ENTITY") || utf16.contains("<!DOCTYPE");
  }
}
