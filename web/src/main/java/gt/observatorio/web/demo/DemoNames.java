package gt.observatorio.web.demo;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Locale;

/** How the simulated portals name months and documents (Spanish month names, URL slugs). */
public final class DemoNames {
  private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre"};

  private DemoNames() {}

  /** The month's name in Spanish, lower case. */
  public static String month(YearMonth m) {
    return MONTHS[m.getMonthValue() - 1];
  }

  /** A document or page name as it appears in a URL: no accents, lower case, words joined by hyphens. */
  public static String slug(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
