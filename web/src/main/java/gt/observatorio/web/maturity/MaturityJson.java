package gt.observatorio.web.maturity;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.Answer;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionResult;
import gt.observatorio.engine.maturity.DimensionResult;
import gt.observatorio.engine.maturity.InstitutionMaturity;
import gt.observatorio.engine.maturity.KeyDataset;
import gt.observatorio.engine.maturity.KeyDatasetMatch;
import gt.observatorio.engine.maturity.MaturityModel;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The JSON of the maturity model, of an institution's result and of answers, as the API serves them. */
public final class MaturityJson {
  private MaturityJson() {}

  public static JsonObject text(Text t) {
    return t == null ? null : new JsonObject().put("es", t.es()).put("en", t.en());
  }

  public static JsonObject modelRef(MaturityModel m) {
    return new JsonObject().put("id", m.id()).put("version", m.version()).put("hash", m.contentHash());
  }

  public static JsonObject model(MaturityModel m) {
    JsonObject o = modelRef(m).put("title", text(m.title())).put("description", text(m.description()));
    o.put("levels", new JsonArray(m.levels().stream().map(l -> new JsonObject().put("number", l.number())
        .put("id", l.id()).put("label", text(l.label())).put("description", text(l.description()))).toList()));
    o.put("dimensions", new JsonArray(m.dimensions().stream().map(d -> new JsonObject().put("id", d.id())
        .put("label", text(d.label())).put("description", text(d.description()))).toList()));
    o.put("sources", new JsonArray(m.sources().stream().map(s -> new JsonObject().put("id", s.id())
        .put("label", text(s.label())).put("citation", s.citation())).toList()));
    o.put("criteria", new JsonArray(m.criteria().stream().map(MaturityJson::criterion).toList()));
    o.put("keyDatasets", new JsonArray(m.keyDatasets().stream().map(MaturityJson::keyDataset).toList()));
    return o;
  }

  static JsonObject criterion(Criterion c) {
    JsonObject o = new JsonObject().put("id", c.id()).put("dimension", c.dimension()).put("level", c.level())
        .put("kind", c.kind().id()).put("kindLabel", text(c.kind().label())).put("title", text(c.title()))
        .put("rationale", text(c.rationale())).put("sources", new JsonArray(c.sources()));
    if (c.check() != null) {
      o.put("check", c.check()).put("params", new JsonObject(new java.util.LinkedHashMap<>(c.params())));
    }
    if (c.question() != null) {
      o.put("question", text(c.question())).put("validityMonths", c.validityMonths());
    }
    return o;
  }

  static JsonObject keyDataset(KeyDataset k) {
    return new JsonObject().put("id", k.id()).put("label", text(k.label())).put("duty", k.duty())
        .put("types", new JsonArray(k.types())).put("sectors", new JsonArray(k.sectors()))
        .put("institutions", new JsonArray(k.institutions())).put("terms", new JsonArray(k.terms()))
        .put("variables", new JsonArray(k.variables())).put("source", k.source()).put("citation", k.citation());
  }

  /** The stored detail of one result: dimensions, criteria with met and evidence, key datasets found and missing. */
  public static JsonObject detail(InstitutionMaturity r, MaturityModel m) {
    JsonObject o = new JsonObject().put("level", r.level()).put("levelLabel", text(m.level(r.level()).label()))
        .put("metPercent", r.metPercent());
    JsonArray dims = new JsonArray();
    for (DimensionResult d : r.dimensions()) {
      var def = m.dimensions().stream().filter(x -> x.id().equals(d.dimension())).findFirst().orElseThrow();
      dims.add(new JsonObject().put("id", d.dimension()).put("label", text(def.label())).put("level", d.level())
          .put("levelLabel", text(m.level(d.level()).label())).put("met", d.met()).put("total", d.total()));
    }
    o.put("dimensions", dims);
    JsonArray criteria = new JsonArray();
    for (CriterionResult c : r.criteria()) {
      Criterion def = m.criterion(c.criterionId()).orElseThrow();
      criteria.add(new JsonObject().put("id", c.criterionId()).put("dimension", c.dimension()).put("level", c.level())
          .put("kind", c.kind().id()).put("title", text(def.title())).put("met", c.met())
          .put("status", c.status().id()).put("statusLabel", text(c.status().label()))
          .put("observed", text(c.observed())).put("expected", text(c.expected()))
          .put("evidence", new JsonArray(c.evidence())));
    }
    o.put("criteria", criteria);
    JsonArray found = new JsonArray();
    JsonArray missing = new JsonArray();
    for (KeyDatasetMatch k : r.keyDatasets()) {
      JsonObject kd = new JsonObject().put("id", k.keyDataset().id()).put("label", text(k.keyDataset().label()))
          .put("duty", k.keyDataset().duty()).put("source", k.keyDataset().source())
          .put("citation", k.keyDataset().citation())
          .put("datasets", new JsonArray(k.matched().stream().map(d -> new JsonObject().put("id", d.id())
              .put("title", d.title()).put("url", d.url())).toList()))
          .put("confirmed", new JsonArray(k.confirmed())).put("rejected", new JsonArray(k.rejected()));
      (k.found() ? found : missing).add(kd);
    }
    o.put("keyDatasets", new JsonObject().put("found", found).put("missing", missing));
    return o;
  }

  public static JsonObject answer(Answer a) {
    return new JsonObject().put("id", a.id()).put("institution", a.institution()).put("criterion", a.criterionId())
        .put("state", a.state().id()).put("stateLabel", text(a.state().label())).put("evidenceUrl", a.evidenceUrl())
        .put("note", a.note()).put("submittedAt", str(a.submittedAt())).put("reviewedAt", str(a.reviewedAt()))
        .put("reason", a.reason()).put("evidenceReachable", a.evidenceReachable())
        .put("evidenceObserved", a.evidenceObserved());
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
