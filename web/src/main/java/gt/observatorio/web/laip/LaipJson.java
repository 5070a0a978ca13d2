package gt.observatorio.web.laip;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of Article 10 results, shared by the command line and the API. */
public final class LaipJson {
  private LaipJson() {}

  /** One numeral: numeral, label, update, status, statusLabel, evidence, brokenLinks, latestDate. */
  public static Map<String, Object> numeral(LaipNumeralCheck n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("numeral", n.numeral());
    m.put("label", n.label());
    m.put("update", n.update());
    m.put("status", n.status().id());
    m.put("statusLabel", Map.of("es", n.status().label().es(), "en", n.status().label().en()));
    m.put("evidence", n.evidence());
    m.put("brokenLinks", n.brokenLinks());
    m.put("latestDate", n.latestDate());
    return m;
  }

  /** A checklist's summary without its numerals. */
  public static Map<String, Object> summary(LaipChecklist c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("portal", c.portalUrl());
    m.put("layout", c.layout());
    m.put("checkedAt", c.checkedAt().toString());
    m.put("compliancePercent", c.compliancePercent());
    m.put("publishedPercent", c.publishedPercent());
    m.put("issues", c.issues().stream().map(i -> Map.of("code", i.code(), "url", i.url(), "message", i.message()))
        .toList());
    return m;
  }
}
