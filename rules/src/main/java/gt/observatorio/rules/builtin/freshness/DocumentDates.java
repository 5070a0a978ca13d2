package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.rules.vocab.Dates;
import java.time.LocalDate;

/**
 * Dates in document names, as evidence of an update: {@code empleo_2024-03.csv},
 * {@code informe20240331.pdf}, {@code Presupuesto 2024}. A year counts from its 1 January and a
 * month from its first day (the earliest the document can be from); years before 1990 or after the
 * moment of observation are ignored. Scans characters, no regular expressions.
 */
final class DocumentDates {
  private DocumentDates() {}

  /** The latest date named in {@code text} not after {@code today}, or {@link Dates#MISSING}. */
  static long latest(String text, long today) {
    return text == null ? Dates.MISSING : latest(text, 0, text.length(), today, LocalDate.ofEpochDay(today).getYear());
  }

  /** As {@link #latest(String, long)}, on {@code text} from {@code from} to {@code n}; {@code maxYear} is today's year. */
  static long latest(String text, int from, int n, long today, int maxYear) {
    long best = Dates.MISSING;
    int i = from;
    while (i < n) {
      if (!digit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && digit(text.charAt(i))) {
        i++;
      }
      int len = i - start;
      long day = Dates.MISSING;
      if (len == 8) {
        day = date(text, start, start + 4, start + 6, maxYear);
      } else if (len == 6) {
        day = date(text, start, start + 4, -1, maxYear);
      } else if (len == 4) {
        int m = i + 1 < n && sep(text.charAt(i)) && twoDigits(text, i + 1, n) ? i + 1 : -1;
        int d = m > 0 && m + 3 < n && sep(text.charAt(m + 2)) && twoDigits(text, m + 3, n) ? m + 3 : -1;
        day = date(text, start, m, d, maxYear);
        if (!Dates.valid(day) || day > today) {
          day = date(text, start, -1, -1, maxYear);
        }
      }
      if (Dates.valid(day) && day <= today && (best == Dates.MISSING || day > best)) {
        best = day;
      }
    }
    return best;
  }

  /** A date from positions: year at y (4 digits), month at m, day at d (2 digits each, -1 absent). */
  private static long date(String s, int y, int m, int d, int maxYear) {
    int year = num(s, y, 4);
    if (year < 1990 || year > maxYear) {
      return Dates.MISSING;
    }
    int month = m < 0 ? 1 : num(s, m, 2);
    int day = d < 0 ? 1 : num(s, d, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Dates.MISSING;
    }
    return Dates.epochDay(year, month, day);
  }

  private static boolean twoDigits(String s, int at, int n) {
    return at + 1 < n && digit(s.charAt(at)) && digit(s.charAt(at + 1))
        && (at + 2 == n || !digit(s.charAt(at + 2)));
  }

  private static boolean sep(char c) {
    return c == '-' || c == '_' || c == '.' || c == '/';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int num(String s, int from, int len) {
    int v = 0;
    for (int k = from; k < from + len; k++) {
      v = v * 10 + (s.charAt(k) - '0');
    }
    return v;
  }
}
