package gt.observatorio.rules.vocab;

import gt.observatorio.engine.vocab.Csv;
import gt.observatorio.engine.vocab.Format;
import gt.observatorio.engine.vocab.FormatVocabulary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules' view of the formats vocabulary: resolves what portals write in a format or media-type
 * field (EU codes and URIs, IANA media types with parameters, extensions, aliases such as "hoja de
 * cálculo") to a {@link FormatInfo}. Built from the engine's {@link FormatVocabulary} (the formats of
 * the EU file-type table, with MQA's flags) and {@code ckan-qa-format-stars.csv}.
 */
public final class Formats {
  private final Lookup<FormatInfo> byAny = new Lookup<>(Formats::key);
  private final Map<String, FormatInfo> byCode = new HashMap<>();
  private final Set<String> mediaTypes = new HashSet<>();
  private final Lookup<Integer> starsByName = new Lookup<>(Keys::normalize);
  private final Memo<String, Boolean> euFileType = new Memo<>(50_000);
  private final Memo<String, DeclaredFormat> declared = new Memo<>(50_000);
  private final Memo<String, Boolean> ianaMediaType = new Memo<>(50_000);

  Formats(FormatVocabulary vocabulary, List<Map<String, String>> stars) {
    for (Map<String, String> row : stars) {
      int n = Integer.parseInt(row.get("stars"));
      for (String name : Csv.items(row.get("formats"))) {
        starsByName.put(name, n);
      }
    }
    for (Format row : vocabulary.formats()) {
      if (!row.inEuTable()) {
        continue;
      }
      String code = row.code();
      Integer s = starsByName.get(code);
      for (String alias : row.aliases()) {
        s = s != null ? s : starsByName.get(alias);
      }
      FormatInfo f = new FormatInfo(code, row.label(), row.euUri(), row.mediaTypes(),
          row.nonProprietary(), row.machineReadable(), s == null ? 1 : s);
      byCode.put(code, f);
      byAny.put(code, f);
      byAny.put(row.label(), f);
      byAny.put(row.euUri(), f);
      row.mediaTypes().forEach(t -> byAny.put(t, f));
      mediaTypes.addAll(row.mediaTypes());
      row.extensions().forEach(e -> byAny.put(e, f));
      row.aliases().forEach(a -> byAny.put(a, f));
    }
  }

  /** The format a declared value names, or null if unknown. */
  public FormatInfo resolve(String declared) {
    return declared == null || declared.isBlank() ? null : byAny.get(declared);
  }

  /** The vocabularies' view of one declared value (format or media type); never null. */
  public DeclaredFormat declared(String value) {
    return value == null ? DeclaredFormat.NONE : declared.get(value, this, Formats::describe);
  }

  private static DeclaredFormat describe(String value, Formats self) {
    return new DeclaredFormat(self.resolve(value), self.isEuFileType(value), self.isIanaMediaType(value));
  }

  /** A format by its EU code. */
  public FormatInfo byCode(String code) {
    return byCode.get(code);
  }

  /** The format named by the extension of a URL's path ({@code .../data.csv?x=1}), or null. */
  public FormatInfo fromUrlExtension(String url) {
    if (url == null) {
      return null;
    }
    int end = Keys.urlPathEnd(url);
    int slash = url.lastIndexOf('/', end - 1);
    int dot = url.lastIndexOf('.', end - 1);
    if (dot <= slash || dot < 0 || end - dot > 8 || end - dot < 2) {
      return null;
    }
    return byAny.get(url.substring(dot, end));
  }

  /** Whether the value is an EU file-type code or URI (DCAT-AP's controlled vocabulary). */
  public boolean isEuFileType(String declared) {
    return declared != null && euFileType.get(declared, this, Formats::euFileType);
  }

  private static boolean euFileType(String declared, Formats self) {
    return self.euFileType(declared);
  }

  private static boolean ianaMediaType(String declared, Formats self) {
    return self.ianaMediaType(declared);
  }

  private boolean euFileType(String declared) {
    String s = Keys.isUri(declared) ? Keys.lastSegment(declared) : declared.strip();
    return byCode.containsKey(s.toUpperCase(Locale.ROOT))
        && (!Keys.isUri(declared) || declared.contains("publications.europa.eu/resource/authority/file-type"));
  }

  /** Whether the value is a media type the vocabulary knows from the IANA registry. */
  public boolean isIanaMediaType(String declared) {
    return declared != null && ianaMediaType.get(declared, this, Formats::ianaMediaType);
  }

  private boolean ianaMediaType(String declared) {
    String s = declared;
    if (Keys.isUri(s) && s.contains("iana.org/assignments/media-types/")) {
      s = s.substring(s.indexOf("media-types/") + "media-types/".length());
    }
    return mediaTypes.contains(mediaTypeKey(s));
  }

  /** CKAN QA stars for a raw format name, by CKAN's own names first, then the resolved format. */
  public int stars(String declared) {
    Integer direct = starsByName.get(declared);
    if (direct != null) {
      return direct;
    }
    FormatInfo f = resolve(declared);
    return f == null ? -1 : f.stars();
  }

  static String key(String raw) {
    String s = raw.strip();
    if (s.indexOf('/') > 0 && !Keys.isUri(s)) {
      return mediaTypeKey(s);
    }
    if (Keys.isUri(s)) {
      return Keys.normalize(Keys.lastSegment(s));
    }
    return Keys.normalize(s);
  }

  private static String mediaTypeKey(String s) {
    int semi = s.indexOf(';');
    String t = semi >= 0 ? s.substring(0, semi) : s;
    return t.strip().toLowerCase(Locale.ROOT);
  }
}
