package gt.observatorio.rules.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HDX's freshness thresholds. For a declared period of {@code f} days, a dataset is up to date
 * while younger than {@code f}, due from {@code f}, overdue from {@code f + o} and delinquent from
 * {@code f + d}, where {@code o} and {@code d} are the margins of HDX's row for that frequency
 * (for a period HDX does not list, the row with the largest frequency not above it; periods
 * under a day use the daily row).
 */
public final class FreshnessThresholds {
  /** HDX freshness status. */
  public enum Status {
    UP_TO_DATE, DUE, OVERDUE, DELINQUENT
  }

  private record Row(String name, double days, double overdueMargin, double delinquentMargin) {}

  private final List<Row> rows = new ArrayList<>();

  FreshnessThresholds(List<Map<String, String>> csv) {
    for (Map<String, String> r : csv) {
      double f = Double.parseDouble(r.get("frequency_days"));
      rows.add(new Row(r.get("update_frequency"), f,
          Double.parseDouble(r.get("overdue_days")) - f, Double.parseDouble(r.get("delinquent_days")) - f));
    }
    rows.sort((a, b) -> Double.compare(a.days, b.days));
  }

  /** The status of a dataset last updated {@code ageDays} ago with a period of {@code periodDays}. */
  public Status status(double periodDays, double ageDays) {
    double f = Math.max(periodDays, 1);
    Row row = rowFor(f);
    if (ageDays < f) {
      return Status.UP_TO_DATE;
    }
    if (ageDays < f + row.overdueMargin) {
      return Status.DUE;
    }
    return ageDays < f + row.delinquentMargin ? Status.OVERDUE : Status.DELINQUENT;
  }

  /** The days from which a dataset with this period becomes due, overdue and delinquent. */
  public double[] limits(double periodDays) {
    double f = Math.max(periodDays, 1);
    Row row = rowFor(f);
    return new double[] {f, f + row.overdueMargin, f + row.delinquentMargin};
  }

  /** The HDX frequency name whose margins apply. */
  public String rowName(double periodDays) {
    return rowFor(Math.max(periodDays, 1)).name;
  }

  private Row rowFor(double f) {
    Row best = rows.get(0);
    for (Row r : rows) {
      if (r.days <= f) {
        best = r;
      }
    }
    return best;
  }
}
