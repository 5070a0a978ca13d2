package gt.observatorio.crawler.laip;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the months a text mentions, the way Guatemalan portals write them in link texts, file and
 * folder names: "enero 2025", "enero de 2025", "Ene-25", "2025-01", "2025/01", "31/01/2025",
 * "01-2025", "202501", or a bare year (counted as its January). Law references such as
 * "Decreto 57-2008" are ignored. Pure.
 */
public final class SpanishDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("febrero", 2), Map.entry("feb", 2),
      Map.entry("marzo", 3), Map.entry("mar", 3), Map.entry("abril", 4), Map.entry("abr", 4),
      Map.entry("mayo", 5), Map.entry("may", 5), Map.entry("junio", 6), Map.entry("jun", 6),
      Map.entry("julio", 7), Map.entry("jul", 7), Map.entry("agosto", 8), Map.entry("ago", 8),
      Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("set", 9), Map.entry("octubre", 10), Map.entry("oct", 10), Map.entry("noviembre", 11),
      Map.entry("nov", 11), Map.entry("diciembre", 12), Map.entry("dic", 12));
  private static final String MONTH_NAMES = "septiembre|setiembre|noviembre|diciembre|febrero|octubre|agosto|"
      + "enero|marzo|abril|junio|julio|mayo|sept|ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic";
  private static final Pattern NAMED = Pattern.compile("(?<![a-z])(" + MONTH_NAMES
      + ")(?![a-z])[\\s_\\-./,]*(?:(?:de|del)[\\s_\\-]+)?(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(20\\d{2})[\\s_\\-./]+(?:\\d{1,2}[\\s_\\-.]*)?("
      + MONTH_NAMES + ")(?![a-z])");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(20\\d{2})[-_./](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(?![0-9])");
  private static final Pattern DMY = Pattern.compile("(?<!\\d)\\d{1,2}[/\\-.](\\d{1,2})[/\\-.](20\\d{2})(?!\\d)");
  private static final Pattern MY = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/\\-_.](20\\d{2})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
  private static final Pattern LAW = Pattern.compile(
      "(?:decreto|acuerdo|ley|dto|reglamento)[a-z .]*?(?:no\\.?|numero|#)?\\s*\\d{1,4}\\s*-\\s*\\d{4}");

  private SpanishDates() {}

  /** Every month mentioned, in order of appearance, from 2000 on. */
  public static List<YearMonth> all(String text) {
    String f = LAW.matcher(TextNorm.fold(text)).replaceAll(" ");
    List<YearMonth> out = new ArrayList<>();
    Matcher m = NAMED.matcher(f);
    while (m.find()) {
      String y = m.group(2);
      add(out, y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y), MONTHS.get(m.group(1)));
    }
    for (Matcher n = YEAR_FIRST.matcher(f); n.find(); ) {
      add(out, Integer.parseInt(n.group(1)), MONTHS.get(n.group(2)));
    }
    for (Matcher i = ISO.matcher(f); i.find(); ) {
      add(out, Integer.parseInt(i.group(1)), Integer.parseInt(i.group(2)));
    }
    for (Matcher c = COMPACT.matcher(f); c.find(); ) {
      add(out, Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)));
    }
    for (Matcher d = DMY.matcher(f); d.find(); ) {
      add(out, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
    }
    for (Matcher d = MY.matcher(f); d.find(); ) {
      add(out, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
    }
    if (out.isEmpty()) {
      for (Matcher y = YEAR.matcher(f); y.find(); ) {
        add(out, Integer.parseInt(y.group(1)), 1);
      }
    }
    return out;
  }

  /** The latest month mentioned, not after {@code notAfter} (later ones are plans, not publications). */
  public static Optional<YearMonth> latest(String text, YearMonth notAfter) {
    return all(text).stream().filter(ym -> !ym.isAfter(notAfter)).max(YearMonth::compareTo);
  }

  /**
   * The month a link is about: the one its text says, else its file name, else its folders, else the
   * heading above it ("Abril 2025" wins over the upload folder {@code /2025/05/}).
   */
  public static Optional<YearMonth> ofLink(String text, String url, String heading, YearMonth notAfter) {
    String path = TextNorm.decodedPath(url);
    String file = path.replaceAll("/+$", "");
    file = file.substring(file.lastIndexOf('/') + 1);
    for (String s : new String[] {text, file, path, heading}) {
      Optional<YearMonth> d = latest(s == null ? "" : s, notAfter);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The month of an HTTP date (RFC 1123), empty when it cannot be read. */
  public static Optional<YearMonth> fromHttpDate(String httpDate) {
    if (httpDate == null || httpDate.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.from(ZonedDateTime.parse(httpDate.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void add(List<YearMonth> out, int year, int month) {
    if (year >= 2000 && year <= 2100 && month >= 1 && month <= 12) {
      out.add(YearMonth.of(year, month));
    }
  }
}
