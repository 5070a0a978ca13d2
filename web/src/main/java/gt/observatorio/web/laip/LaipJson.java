package gt.observatorio.web.laip;

import gt.observatorio.crawler.laip.Unverifiable;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of Article 10 results, shared by the command line and the API. */
public final class LaipJson {
  private LaipJson() {}

  /** One numeral of a checklist, with {@code unverifiable}: why each of its links could not be checked. */
  public static Map<String, Object> numeral(LaipNumeralCheck n, List<HarvestIssue> issues) {
    Map<String, Object> m = numeral(n);
    m.put("unverifiable", unverifiable(n, issues).stream().map(u -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("url", u.url());
      o.put("reason", u.reason().id());
      o.put("reasonLabel", Map.of("es", u.reason().reason().es(), "en", u.reason().reason().en()));
      return o;
    }).toList());
    return m;
  }

  /** A link of a numeral that could not be checked, and why. */
  public record UnverifiedLink(String url, Unverifiable reason) {}

  /** The numeral's links that could not be checked: issues of the checklist about its evidence. */
  public static List<UnverifiedLink> unverifiable(LaipNumeralCheck n, List<HarvestIssue> issues) {
    List<UnverifiedLink> out = new ArrayList<>();
    if (n.status() != LaipStatus.NOT_VERIFIABLE) {
      return out;
    }
    for (String url : n.evidence()) {
      issues.stream().filter(i -> url.equals(i.url())).map(i -> Unverifiable.ofIssueCode(i.code()))
          .flatMap(java.util.Optional::stream).findFirst().ifPresent(u -> out.add(new UnverifiedLink(url, u)));
    }
    return out;
  }

  /** How many numerals have each status: current, stale, broken, notFound, notVerifiable. */
  public static Map<String, Object> counts(LaipChecklist c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("current", c.count(LaipStatus.CURRENT));
    m.put("stale", c.count(LaipStatus.STALE));
    m.put("broken", c.count(LaipStatus.BROKEN));
    m.put("notFound", c.count(LaipStatus.NOT_FOUND));
    m.put("notVerifiable", c.count(LaipStatus.NOT_VERIFIABLE));
    return m;
  }

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
    m.put("counts", counts(c));
    m.put("issues", c.issues().stream().map(i -> Map.of("code", i.code(), "url", i.url(), "message", i.message()))
        .toList());
    return m;
  }
}
