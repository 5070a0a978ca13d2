package gt.observatorio.web.laip;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipRankingRow;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;

/** JSON views of Article 10 results for the API. */
final class LaipViews {
  private LaipViews() {}

  static JsonObject checklist(String code, YearMonth month, LaipChecklist c) {
    JsonObject o = new JsonObject(LaipJson.summary(c)).put("institution", code).put("month", month.toString());
    return o.put("numerals", new JsonArray(c.numerals().stream()
        .map(n -> new JsonObject(LaipJson.numeral(n, c.issues()))).toList()));
  }

  static JsonObject rankingRow(LaipRankingRow r) {
    return new JsonObject().put("rank", r.rank()).put("institution", r.institutionCode())
        .put("name", r.institutionName()).put("portal", r.portalUrl())
        .put("compliancePercent", r.compliancePercent()).put("publishedPercent", r.publishedPercent())
        .put("counts", new JsonObject().put("current", r.current()).put("stale", r.stale())
            .put("broken", r.broken()).put("notFound", r.notFound())
            .put("notVerifiable", Math.max(0, gt.observatorio.crawler.laip.Art10Numerals.all().size() - r.current()
                - r.stale() - r.broken() - r.notFound())));
  }
}
