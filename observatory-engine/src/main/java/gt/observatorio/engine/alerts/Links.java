package gt.observatorio.engine.alerts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The dashboard's pages an event links to (its hash routes), relative to the observatory's base address. */
public final class Links {
  private Links() {}

  /** The institution's page. */
  public static String institution(String code) {
    return "/#/institucion/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  /** A dataset's page, by the observatory's dataset id. */
  public static String dataset(String id) {
    return "/#/conjunto/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** The Article 10 page of a month ({@code 2026-11}): the month's ranking and each institution's checklist. */
  public static String article10(String month) {
    return "/#/articulo-10/" + month;
  }

  /** The action plan's page. */
  public static String plan() {
    return "/#/plan";
  }

  /** The institution's maturity page. */
  public static String maturity(String code) {
    return "/#/madurez/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }
}
