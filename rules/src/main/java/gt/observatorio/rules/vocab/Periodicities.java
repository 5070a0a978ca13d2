package gt.observatorio.rules.vocab;

import gt.observatorio.engine.vocab.Csv;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The periodicities vocabulary: EU frequency codes and URIs, Dublin Core frequencies, Spanish and
 * English words and ISO 8601 repeating durations ({@code R/P1M}, {@code P3M}, {@code R/PT1H},
 * {@code R/P0.5M}) to a {@link Periodicity}.
 */
public final class Periodicities {
  private static final Periodicity MALFORMED = new Periodicity("MALFORMED", 0, Periodicity.Kind.UNKNOWN);
  private final Lookup<Periodicity> byAny = new Lookup<>(Periodicities::key);
  private final Memo<String, Periodicity> isoMemo = new Memo<>(50_000);

  Periodicities(List<Map<String, String>> rows) {
    for (Map<String, String> row : rows) {
      Periodicity p = new Periodicity(row.get("code"), Double.parseDouble(row.get("days")),
          Periodicity.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)));
      byAny.put(p.code(), p);
      Csv.items(row.get("aliases")).forEach(a -> byAny.put(a, p));
    }
  }

  /** The periodicity a declared value names, or null if it is not understood. */
  public Periodicity resolve(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    Periodicity p = byAny.get(declared);
    if (p != null) {
      return p;
    }
    Periodicity d = isoCached(declared);
    return d == MALFORMED ? null : d;
  }

  private Periodicity isoCached(String declared) {
    return isoMemo.get(declared, Periodicities::iso);
  }

  private static Periodicity iso(String declared) {
    double days = isoDays(declared);
    return days > 0 ? new Periodicity("ISO8601", days, Periodicity.Kind.REGULAR) : MALFORMED;
  }

  /**
   * Days of an ISO 8601 duration, with an optional repetition prefix ({@code R/}, {@code R12/});
   * a month counts 30 days, a year 365. Returns -1 when it is not such a duration.
   */
  static double isoDays(String raw) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("R")) {
      int slash = s.indexOf('/');
      if (slash < 0) {
        return -1;
      }
      s = s.substring(slash + 1);
    }
    if (!s.startsWith("P") || s.length() < 3) {
      return -1;
    }
    double days = 0;
    boolean time = false;
    int i = 1;
    while (i < s.length()) {
      if (s.charAt(i) == 'T') {
        time = true;
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
        i++;
      }
      if (i == start || i >= s.length()) {
        return -1;
      }
      double n;
      try {
        n = Double.parseDouble(s.substring(start, i).replace(',', '.'));
      } catch (NumberFormatException e) {
        return -1;
      }
      char unit = s.charAt(i++);
      double factor = time ? timeFactor(unit) : dateFactor(unit);
      if (factor < 0) {
        return -1;
      }
      days += n * factor;
    }
    return days;
  }

  private static double dateFactor(char unit) {
    return switch (unit) {
      case 'Y' -> 365;
      case 'M' -> 30;
      case 'W' -> 7;
      case 'D' -> 1;
      default -> -1;
    };
  }

  private static double timeFactor(char unit) {
    return switch (unit) {
      case 'H' -> 1.0 / 24;
      case 'M' -> 1.0 / 1440;
      case 'S' -> 1.0 / 86400;
      default -> -1;
    };
  }

  static String key(String raw) {
    String s = raw.strip();
    if (Keys.isUri(s)) {
      s = Keys.lastSegment(s);
    }
    return Keys.normalize(s);
  }
}
