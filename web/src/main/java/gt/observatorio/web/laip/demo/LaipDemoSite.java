package gt.observatorio.web.laip.demo;

import gt.observatorio.crawler.laip.Art10Numeral;
import gt.observatorio.web.demo.DemoNames;
import java.time.YearMonth;
import java.util.List;

/**
 * One simulated institution's Article 10 publication in a simulated week: which numerals it
 * publishes, how late, and which links are broken. Deterministic per institution, numeral and week.
 *
 * @param layout {@code laip.gt}, {@code wordpress}, {@code listing} or {@code sections}
 * @param trendPerWeek how the quality moves each simulated week (improvers and decliners)
 */
record LaipDemoSite(String code, String layout, double baseQuality, double trendPerWeek) {
  static final List<LaipDemoSite> ALL = List.of(
      new LaipDemoSite("MINTRAB", "sections", 0.80, 0.02),
      new LaipDemoSite("SESAN", "wordpress", 0.70, 0.00),
      new LaipDemoSite("MINGOB", "laip.gt", 0.60, -0.04),
      new LaipDemoSite("CONAMIGUA", "listing", 0.30, 0.07),
      new LaipDemoSite("DEMI", "sections", 0.20, 0.01));

  /** One document a numeral links to. */
  record Doc(String title, YearMonth month, boolean broken) {}

  double quality(int week) {
    return Math.max(0.05, Math.min(0.98, baseQuality + trendPerWeek * week));
  }

  boolean publishes(Art10Numeral n, int week) {
    return hash(n.number(), 1) < quality(week);
  }

  /** The numeral's documents, newest first: up to three months (monthly) or years (yearly), or one. */
  List<Doc> docs(Art10Numeral n, int week, YearMonth now) {
    double q = quality(week);
    boolean broken = hash(n.number(), 3) > 0.9 + 0.1 * q;
    String base = n.label();
    switch (n.update()) {
      case "monthly": {
        int lag = 1 + (int) Math.floor(hash(n.number(), 2) * 6 * (1 - q));
        YearMonth m = now.minusMonths(lag);
        return List.of(new Doc(base + " " + DemoNames.month(m) + " " + m.getYear(), m, broken),
            new Doc(base + " " + DemoNames.month(m.minusMonths(1)) + " " + m.minusMonths(1).getYear(),
                m.minusMonths(1), false));
      }
      case "yearly": {
        int year = now.getYear() - (hash(n.number(), 2) < q ? 1 : 3);
        return List.of(new Doc(base + " " + year, YearMonth.of(year, 1), broken));
      }
      default:
        return List.of(new Doc(base, null, broken));
    }
  }

  private double hash(int numeral, int salt) {
    long h = (code.hashCode() * 31L + numeral) * 1_000_003L + salt * 7919L;
    h ^= h >>> 17;
    h *= 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return (h >>> 11) / (double) (1L << 53);
  }
}
