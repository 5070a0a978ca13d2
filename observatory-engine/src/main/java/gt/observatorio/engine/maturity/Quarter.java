package gt.observatorio.engine.maturity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2026-Q4}: the period maturity results are kept for. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
    }
  }

  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  public static Quarter of(Instant instant) {
    return of(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** Parses {@code YYYY-Qn}; throws {@link IllegalArgumentException} with the expected form otherwise. */
  public static Quarter parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("quarter must look like 2026-Q4: " + text);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  /** The last day of the quarter. */
  public LocalDate end() {
    return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
