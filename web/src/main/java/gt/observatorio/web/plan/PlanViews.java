package gt.observatorio.web.plan;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.web.plan.PlanProgress;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** JSON views of the action plan for the API. */
final class PlanViews {
  private PlanViews() {}

  static JsonObject plan(ActionPlan plan, List<PlanProgress.ActivityState> states) {
    Map<String, PlanProgress.ActivityState> by = states.stream()
        .collect(Collectors.toMap(s -> s.activity().id(), Function.identity()));
    JsonArray cs = new JsonArray();
    for (ActionPlan.Commitment c : plan.commitments()) {
      JsonArray as = new JsonArray();
      c.activities().forEach(a -> as.add(activity(by.get(a.id()))));
      cs.add(new JsonObject().put("id", c.id()).put("number", c.number()).put("title", text(c.title()))
          .put("manager", c.manager()).put("supporting", new JsonArray(c.supporting())).put("start", str(c.start()))
          .put("end", str(c.end())).put("extendedEnd", str(c.extendedEnd())).put("activities", as));
    }
    return new JsonObject().put("id", plan.id()).put("title", text(plan.title())).put("commitments", cs);
  }

  static JsonObject activity(PlanProgress.ActivityState s) {
    ActionPlan.Activity a = s.activity();
    JsonArray checks = new JsonArray();
    for (ActionPlan.EvidenceCheck k : a.checks()) {
      JsonObject o = new JsonObject().put("id", k.id()).put("kind", k.kind()).put("label", text(k.label()))
          .put("url", k.url()).put("configured", k.configured());
      s.latestChecks().stream().filter(r -> r.checkId().equals(k.id())).findFirst().ifPresent(r -> o.put("latest",
          check(r)));
      checks.add(o);
    }
    return new JsonObject().put("id", a.id()).put("title", text(a.title()))
        .put("responsible", new JsonArray(a.responsible())).put("supporting", new JsonArray(a.supporting()))
        .put("start", str(a.start())).put("end", str(a.end()))
        .put("extendedEnd", str(a.extendedEnd())).put("expectedResult", text(a.expectedResult()))
        .put("status", s.status()).put("statusSource", s.source()).put("overdue", s.overdue())
        .put("evidenceUrls", new JsonArray(a.evidenceUrls()))
        .put("manual", s.manual() == null ? null : manual(s.manual())).put("checks", checks);
  }

  static JsonObject manual(PlanManualStatus m) {
    return new JsonObject().put("activity", m.activityId()).put("status", m.status())
        .put("evidenceUrl", m.evidenceUrl()).put("note", m.note()).put("editor", m.editor())
        .put("recordedAt", m.recordedAt().toString());
  }

  static JsonObject check(PlanCheckResult r) {
    return new JsonObject().put("month", r.month().toString()).put("passed", r.passed())
        .put("observed", r.observed()).put("evidenceUrl", r.evidenceUrl()).put("checkedAt", r.checkedAt().toString());
  }

  static JsonObject point(PlanProgress.MonthPoint p) {
    return new JsonObject().put("month", p.month().toString()).put("checksPassed", p.checksPassed())
        .put("checksRun", p.checksRun()).put("activitiesCompleted", p.activitiesCompleted())
        .put("activities", p.activities());
  }

  static JsonObject text(Text t) {
    return new JsonObject().put("es", t.es()).put("en", t.en());
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
