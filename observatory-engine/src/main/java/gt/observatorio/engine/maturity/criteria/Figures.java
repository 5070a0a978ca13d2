package gt.observatorio.engine.maturity.criteria;

import java.util.Locale;

/** Number formatting shared by the criteria's observations. */
final class Figures {
  private Figures() {}

  static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "0" : one(100.0 * part / whole);
  }

  static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
