package gt.observatorio.engine.vocab;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one vocabulary of formats, read by the prober, the harvesters and the rules: media types, file
 * extensions and the MQA open / machine-readable flags per format. Data, not code: it is
 * {@code vocabularies/formats.csv} (a row per format, sources named in its header) and
 * {@code vocabularies/mqa-format-lists.csv} (the flags).
 */
public final class FormatVocabulary {
  private static final String DIR = "vocabularies/";
  private static final FormatVocabulary STANDARD = new FormatVocabulary(Csv.read(DIR + "formats.csv"),
      Csv.read(DIR + "mqa-format-lists.csv"));

  private final List<Format> formats;
  private final Map<String, Format> byCode = new LinkedHashMap<>();
  private final Map<String, Format> byMediaType = new LinkedHashMap<>();
  private final Map<String, Format> byExtension = new LinkedHashMap<>();

  /** A vocabulary from the rows of a formats file and of an MQA lists file. */
  public FormatVocabulary(List<Map<String, String>> formatRows, List<Map<String, String>> listRows) {
    Set<String> open = new HashSet<>();
    Set<String> machine = new HashSet<>();
    for (Map<String, String> row : listRows) {
      ("non_proprietary".equals(row.get("list")) ? open : machine).addAll(Csv.items(row.get("eu_file_type_codes")));
    }
    for (Map<String, String> row : formatRows) {
      String code = row.get("code");
      String shortName = row.getOrDefault("short_name", "");
      String euUri = row.getOrDefault("eu_uri", "");
      Format f = new Format(code, shortName.isEmpty() ? code : shortName, row.get("label"),
          euUri.isEmpty() ? null : euUri, lower(Csv.items(row.get("media_types"))),
          lower(Csv.items(row.get("extensions"))), Csv.items(row.get("aliases")), open.contains(code),
          machine.contains(code), "yes".equals(row.get("data_file")));
      if (byCode.putIfAbsent(code, f) != null) {
        throw new IllegalStateException("format " + code + " is listed twice");
      }
      f.mediaTypes().forEach(t -> byMediaType.putIfAbsent(t, f));
      f.extensions().forEach(e -> byExtension.putIfAbsent(e, f));
    }
    formats = List.copyOf(byCode.values());
  }

  /** The shipped vocabulary. */
  public static FormatVocabulary standard() {
    return STANDARD;
  }

  /** Every format, in file order. */
  public List<Format> formats() {
    return formats;
  }

  /** The format of a code such as {@code CSV}, or null. */
  public Format byCode(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** The format of a media type (parameters and case ignored), or null when the vocabulary lacks it. */
  public Format byMediaType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    int semi = mediaType.indexOf(';');
    return byMediaType.get((semi >= 0 ? mediaType.substring(0, semi) : mediaType).trim().toLowerCase(Locale.ROOT));
  }

  /** The format of a file extension without the dot (case ignored), or null. */
  public Format byExtension(String extension) {
    return extension == null ? null : byExtension.get(extension.toLowerCase(Locale.ROOT));
  }

  private static List<String> lower(List<String> items) {
    return items.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }
}
