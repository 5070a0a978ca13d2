package gt.observatorio.rules.vocab;

import gt.observatorio.engine.vocab.Csv;
import java.util.List;
import java.util.Map;

/**
 * The licences vocabulary: resolves ids, URLs (with or without scheme, {@code www.}, trailing
 * slash, {@code deed.es} or {@code legalcode}), EU licence URIs and names in Spanish and English.
 */
public final class Licences {
  private final Lookup<LicenceInfo> byAny = new Lookup<>(Licences::key);

  Licences(List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      LicenceInfo l = new LicenceInfo(row.get("id"), row.get("title"), row.get("url"),
          row.get("eu_uri"), row.get("od_conformance"), !"false".equals(row.get("declared")));
      byAny.put(l.id(), l);
      byAny.put(l.title(), l);
      byAny.put(l.url(), l);
      byAny.put(l.euUri(), l);
      Csv.items(row.get("aliases")).forEach(a -> byAny.put(a, l));
    }
  }

  /** The licence a declared value names, or null if unknown. */
  public LicenceInfo resolve(String declared) {
    return declared == null || declared.isBlank() ? null : byAny.get(declared);
  }

  static String key(String raw) {
    String s = raw.strip();
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      s = lower.substring(lower.indexOf("//") + 2);
      if (s.startsWith("www.")) {
        s = s.substring(4);
      }
      int deed = s.indexOf("/deed.");
      if (deed > 0) {
        s = s.substring(0, deed);
      }
      int legal = s.indexOf("/legalcode");
      if (legal > 0) {
        s = s.substring(0, legal);
      }
      while (s.endsWith("/")) {
        s = s.substring(0, s.length() - 1);
      }
      return s;
    }
    if (lower.startsWith("creativecommons.org") || lower.startsWith("opendatacommons.org")
        || lower.startsWith("opendefinition.org")) {
      return key("https://" + s);
    }
    return Keys.normalize(s);
  }
}
