package gt.observatorio.engine.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2025-W03}. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    if (week < 1 || week > 53) {
      throw new IllegalArgumentException("week must be 1-53: " + week);
    }
  }

  public static IsoWeek of(LocalDate date) {
    return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static IsoWeek of(Instant instant) {
    return of(instant.atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** Parses {@code YYYY-Www}; fails with the expected form. */
  public static IsoWeek parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("week must look like 2025-W03, got '" + text + "'");
    }
    IsoWeek w = new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (!of(w.monday()).equals(w)) {
      throw new IllegalArgumentException("year " + w.year + " has no week " + w.week);
    }
    return w;
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  public IsoWeek plusWeeks(long n) {
    return of(monday().plusWeeks(n));
  }

  @Override
  public int compareTo(IsoWeek o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
