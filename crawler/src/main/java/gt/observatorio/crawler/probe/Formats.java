package gt.observatorio.crawler.probe;

import gt.observatorio.engine.vocab.Format;
import gt.observatorio.engine.vocab.FormatVocabulary;
import java.util.Locale;
import java.util.Set;

/**
 * The short format names (CSV, XLSX, TTL, ...) the prober and the harvesters report, looked up in the
 * engine's one vocabulary of formats ({@link FormatVocabulary}); a new format is a row there.
 */
public final class Formats {
  private static final FormatVocabulary VOCABULARY = FormatVocabulary.standard();
  private static final Set<String> GENERIC = Set.of("application/octet-stream", "binary/octet-stream",
      "application/unknown", "application/download", "application/force-download");

  private Formats() {}

  /**
   * The format of a media type, or null when unknown or too generic. Parameters are ignored except
   * {@code format}, which the sniffer sets where a type has no registration of its own
   * ({@code application/xml; format=WFS}) or a container holds one format ({@code application/zip; format=CSV}).
   */
  public static String ofMediaType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    for (String param : mediaType.split(";")) {
      String p = param.strip();
      if (p.regionMatches(true, 0, "format=", 0, 7) && p.length() > 7) {
        return p.substring(7).toUpperCase(Locale.ROOT);
      }
    }
    Format f = VOCABULARY.byMediaType(mediaType);
    if (f != null) {
      return f.shortName();
    }
    String t = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("+json")) {
      return "JSON";
    }
    if (t.endsWith("+xml")) {
      return "XML";
    }
    return null;
  }

  /** The format suggested by a URL's or file name's extension, or null. */
  public static String ofName(String name) {
    Format f = byExtension(name);
    return f == null ? null : f.shortName();
  }

  /** The format of a file extension (without the dot), or null. */
  public static String ofExtension(String extension) {
    Format f = extension == null ? null : VOCABULARY.byExtension(extension);
    return f == null ? null : f.shortName();
  }

  /** Whether a URL names a data file by its extension (the vocabulary's {@code data_file} column). */
  public static boolean dataFile(String name) {
    Format f = byExtension(name);
    return f != null && f.dataFile();
  }

  private static Format byExtension(String name) {
    if (name == null) {
      return null;
    }
    String path = name.split("[?#]")[0];
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < slash) {
      return null;
    }
    return VOCABULARY.byExtension(path.substring(dot + 1));
  }

  /** Whether a media type says nothing about the content (octet-stream, unknown, empty). */
  public static boolean generic(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return true;
    }
    return GENERIC.contains(mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT));
  }
}
