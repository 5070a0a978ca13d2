package gt.observatorio.rules.vocab;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the dates catalogs and servers write, without exceptions on the hot path: ISO 8601 dates
 * and date-times ({@code 2024}, {@code 2024-03}, {@code 2024-03-31}, {@code 20240331},
 * {@code 2024-03-31T10:00:00Z}, {@code 2024-03-31 10:00:00.123}) and HTTP dates (RFC 9110
 * IMF-fixdate, {@code Sun, 31 Mar 2024 10:00:00 GMT}). Results are epoch days.
 */
public final class Dates {
  /** No value was given. */
  public static final long MISSING = Long.MIN_VALUE;
  /** A value was given but is not a date. */
  public static final long MALFORMED = Long.MIN_VALUE + 1;
  private static final String[] MONTHS =
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  private Dates() {}

  /** The epoch day of a declared date, or {@link #MISSING} / {@link #MALFORMED}. */
  public static long epochDay(String raw) {
    if (raw == null || raw.isBlank()) {
      return MISSING;
    }
    String s = raw.strip();
    if (s.length() >= 5 && s.charAt(3) == ',') {
      return httpDate(s);
    }
    return iso(s);
  }

  /** Whether a parsed value is a real date. */
  public static boolean valid(long epochDay) {
    return epochDay != MISSING && epochDay != MALFORMED;
  }

  /** The epoch day of an instant (UTC). */
  public static long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 86_400L);
  }

  /** An epoch day as {@code YYYY-MM-DD}. */
  public static String format(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  private static long iso(String s) {
    int n = s.length();
    if (n == 8 && digits(s, 0, 8)) {
      return date(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
    }
    if (n < 4 || !digits(s, 0, 4)) {
      return MALFORMED;
    }
    int year = num(s, 0, 4);
    if (n == 4) {
      return date(year, 1, 1);
    }
    if (s.charAt(4) != '-' || n < 7 || !digits(s, 5, 7)) {
      return MALFORMED;
    }
    int month = num(s, 5, 7);
    if (n == 7) {
      return date(year, month, 1);
    }
    if (s.charAt(7) != '-' || n < 10 || !digits(s, 8, 10)) {
      return MALFORMED;
    }
    int day = num(s, 8, 10);
    if (n > 10) {
      char sep = s.charAt(10);
      if ((sep != 'T' && sep != 't' && sep != ' ') || n < 13 || !digits(s, 11, 13)) {
        return MALFORMED;
      }
    }
    return date(year, month, day);
  }

  /** IMF-fixdate: {@code Sun, 31 Mar 2024 10:00:00 GMT}, read by position. */
  private static long httpDate(String s) {
    int i = 4;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    int dayStart = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == dayStart || i - dayStart > 2 || i + 9 > s.length() || s.charAt(i) != ' ' || s.charAt(i + 4) != ' ') {
      return MALFORMED;
    }
    int day = num(s, dayStart, i);
    int month = -1;
    for (int m = 0; m < 12; m++) {
      if (s.regionMatches(true, i + 1, MONTHS[m], 0, 3)) {
        month = m + 1;
        break;
      }
    }
    if (month < 0 || !digits(s, i + 5, i + 9)) {
      return MALFORMED;
    }
    return date(num(s, i + 5, i + 9), month, day);
  }

  private static long date(int y, int m, int d) {
    long day = epochDay(y, m, d);
    return day == MISSING ? MALFORMED : day;
  }

  /**
   * The epoch day of a calendar date (proleptic Gregorian, as {@link LocalDate#toEpochDay()}),
   * without building a {@code LocalDate}; {@link #MISSING} when there is no such date.
   */
  public static long epochDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < -999_999_999 || y > 999_999_999 || d > monthLength(y, m)) {
      return MISSING;
    }
    long total = 365L * y;
    if (y >= 0) {
      total += (y + 3L) / 4 - (y + 99L) / 100 + (y + 399L) / 400;
    } else {
      total -= y / -4L - y / -100L + y / -400L;
    }
    total += (367L * m - 362) / 12;
    total += d - 1;
    if (m > 2) {
      total--;
      if (!leap(y)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  private static final long DAYS_0000_TO_1970 = (146_097L * 5L) - (30L * 365L + 7L);

  private static int monthLength(int y, int m) {
    return switch (m) {
      case 2 -> leap(y) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean leap(long y) {
    return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  private static boolean digits(String s, int from, int to) {
    if (to > s.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
