package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Waived;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.rules.ruleset.DimensionSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Maps read-model values to the API's JSON shapes (documented in the OpenAPI contract). */
final class ApiViews {
  private ApiViews() {}

  static JsonObject institution(Institution i) {
    JsonObject out = new JsonObject().put("code", i.code()).put("name", i.name())
        .put("type", i.type()).put("sector", i.sector());
    if (i.acronym() != null) {
      out.put("acronym", i.acronym());
    }
    if (i.website() != null) {
      out.put("website", i.website());
    }
    if (!i.aliases().isEmpty()) {
      out.put("aliases", new JsonArray(i.aliases()));
    }
    if (i.lineage() != null) {
      out.put("replaces", new JsonObject().put("code", i.lineage().predecessor())
          .put("since", i.lineage().since() == null ? null : i.lineage().since().toString()));
    }
    return out;
  }

  static JsonObject rankingRow(RankingRow r, List<DimensionSpec> dims) {
    InstitutionWeek w = r.week();
    return institution(r.institution())
        .put("rank", w.rank())
        .put("score", round(w.overall()))
        .put("dimensions", dimensions(w.dimensions(), dims))
        .put("datasets", w.datasets())
        .put("distributions", w.distributions())
        .put("findings", w.findings())
        .put("delta", r.deltaFromPreviousWeek() == null ? null : round(r.deltaFromPreviousWeek()));
  }

  static JsonObject historyPoint(InstitutionWeek w, List<DimensionSpec> dims) {
    return new JsonObject().put("week", w.week().toString()).put("rank", w.rank())
        .put("score", round(w.overall())).put("dimensions", dimensions(w.dimensions(), dims))
        .put("datasets", w.datasets()).put("findings", w.findings());
  }

  static JsonObject dataset(DatasetView v, List<DimensionSpec> dims) {
    Dataset d = v.dataset();
    ScoreCard s = v.score();
    JsonArray findings = new JsonArray();
    JsonArray rules = new JsonArray();
    JsonArray waived = new JsonArray();
    for (RuleOutcome r : s.rules()) {
      rules.add(new JsonObject().put("id", r.ruleId()).put("dimension", r.dimension())
          .put("points", round(r.points())).put("maxPoints", round(r.maxPoints())).put("measured", r.measured()));
      r.findings().forEach(f -> findings.add(finding(f)));
      if (r.waived() != null) {
        waived.add(waived(r));
      }
    }
    return new JsonObject()
        .put("id", v.datasetId())
        .put("identifier", d.identifier())
        .put("title", d.title())
        .put("source", v.sourceId())
        .put("landingPage", d.landingPage())
        .put("modified", d.modified())
        .put("accrualPeriodicity", d.accrualPeriodicity())
        .put("license", d.license())
        .put("distributions", d.distributions().size())
        .put("score", round(s.percent()))
        .put("points", round(s.score()))
        .put("maxPoints", round(s.maxScore()))
        .put("rating", s.rating())
        .put("dimensions", dimensions(s.dimensions(), dims))
        .put("ruleSet", new JsonObject().put("id", s.ruleSet().id()).put("profile", s.ruleSet().profile())
            .put("version", s.ruleSet().version()).put("hash", s.ruleSet().contentHash()))
        .put("scoredAt", v.scoredAt() == null ? null : v.scoredAt().toString())
        .put("rules", rules)
        .put("findings", findings)
        .put("waived", waived);
  }

  /** A rule whose findings an accepted contest set aside: why, the points restored and the findings waived. */
  static JsonObject waived(RuleOutcome r) {
    Waived w = r.waived();
    JsonArray set = new JsonArray();
    w.findings().forEach(f -> set.add(finding(f)));
    return new JsonObject().put("rule", r.ruleId()).put("dimension", r.dimension())
        .put("label", new JsonObject().put("es", "impugnado y aceptado").put("en", "contested and accepted"))
        .put("contest", w.waiver().contest()).put("reason", w.waiver().reason())
        .put("evidenceUrl", w.waiver().evidenceUrl()).put("restoredPoints", round(w.restoredPoints()))
        .put("findings", set);
  }

  static JsonObject finding(Finding f) {
    return new JsonObject().put("rule", f.ruleId()).put("dimension", f.dimension())
        .put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT))
        .put("message", text(f.message())).put("observed", f.observed()).put("expected", f.expected())
        .put("evidence", f.evidence()).put("advice", text(f.advice()));
  }

  static JsonObject text(Text t) {
    return t == null ? null : new JsonObject().put("es", t.es()).put("en", t.en());
  }

  /** Values keyed by the profile's dimension ids, in its order; null where a dimension was not measured. */
  static JsonObject dimensions(Map<String, Double> values, List<DimensionSpec> dims) {
    JsonObject o = new JsonObject();
    for (DimensionSpec d : dims) {
      Double v = values.get(d.id());
      o.put(d.id(), v == null ? null : round(v));
    }
    return o;
  }

  /** The profile's dimensions as the API describes them: id, label, weight and scale. */
  static JsonArray dimensionInfo(List<DimensionSpec> dims) {
    JsonArray out = new JsonArray();
    for (DimensionSpec d : dims) {
      out.add(new JsonObject().put("id", d.id()).put("label", text(d.label())).put("weight", d.weight())
          .put("scale", new JsonObject().put("kind", d.scale().kind().id()).put("max", d.scale().max())));
    }
    return out;
  }

  /** The cells of a CSV row for the profile's dimensions, in its order. */
  static List<Object> dimensionCells(Map<String, Double> values, List<DimensionSpec> dims) {
    List<Object> out = new java.util.ArrayList<>();
    for (DimensionSpec d : dims) {
      Double v = values.get(d.id());
      out.add(v == null ? null : round(v));
    }
    return out;
  }

  static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }
}
