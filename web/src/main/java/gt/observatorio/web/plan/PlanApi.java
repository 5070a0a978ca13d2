package gt.observatorio.web.plan;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.web.api.ApiException;
import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.Reply;
import gt.observatorio.web.api.RouteModule;
import gt.observatorio.web.api.TokenAuth;
import gt.observatorio.web.laip.LaipApi;
import gt.observatorio.web.plan.PlanProgress;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Action plan routes under {@code /api/v1/plan}: the plan with each activity's state, its progress
 * month by month, and (for an editor holding the token) recording an activity's status with evidence.
 */
public final class PlanApi implements RouteModule {
  private final ActionPlan plan;
  private final PlanRepository repo;
  private final Clock clock;
  private final TokenRepository tokens;

  /** @param tokens the API tokens: an {@code editor} or {@code admin} token records statuses, and is audited */
  public PlanApi(ActionPlan plan, PlanRepository repo, Clock clock, TokenRepository tokens) {
    this.plan = plan;
    this.repo = repo;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(
        ApiRoute.get("/api/v1/plan", "getPlan", Reply.noCache(ctx -> repo.latestStatuses().compose(manual ->
            repo.checks().map(checks -> PlanViews.plan(plan, PlanProgress.states(plan, manual, checks,
                YearMonth.now(clock))))))),
        ApiRoute.get("/api/v1/plan/institutions/{code}", "getPlanOwedByInstitution", Reply.noCache(ctx ->
            repo.latestStatuses().compose(manual -> repo.checks().map(checks -> new JsonObject()
                .put("institution", ctx.pathParam("code")).put("activities", new JsonArray(PlanProgress.owedBy(
                    PlanProgress.states(plan, manual, checks, YearMonth.now(clock)), ctx.pathParam("code")).stream()
                    .map(PlanViews::activity).toList())))))),
        ApiRoute.get("/api/v1/plan/progress", "getPlanProgress", Reply.noCache(ctx -> repo.allStatuses().compose(h ->
            repo.checks().map(checks -> new JsonObject().put("plan", plan.id()).put("series", new JsonArray(
                PlanProgress.series(plan, h, checks).stream().map(PlanViews::point).toList())))))),
        ApiRoute.get("/api/v1/plan/activities/{id}/history", "getPlanActivitiesIdHistory",
            Reply.noCache(ctx -> activity(ctx).compose(a -> repo.history(a.id())).map(h -> new JsonObject()
                .put("activity", ctx.pathParam("id")).put("history", new JsonArray(h.stream().map(PlanViews::manual)
                    .toList()))))),
        ApiRoute.post("/api/v1/plan/activities/{id}/status", "postPlanActivitiesIdStatus",
            BodyHandler.create().setBodyLimit(16_384), new TokenAuth(tokens)::authenticate, TokenAuth.require("editor"),
            this::record));
  }

  private void record(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null) {
      ctx.fail(ApiException.badRequest("Envíe un objeto JSON.", "Send a JSON object."));
      return;
    }
    PlanManualStatus s;
    try {
      String evidence = body.getString("evidenceUrl");
      if (evidence != null && !evidence.matches("(?i)^https?://\\S+$")) {
        throw new IllegalArgumentException("evidenceUrl must be an http(s) URL");
      }
      s = new PlanManualStatus(ctx.pathParam("id"), body.getString("status", ""), evidence, body.getString("note"),
          body.getString("editor"), clock.instant());
    } catch (RuntimeException e) {
      ctx.fail(ApiException.badRequest("Estado inválido: " + e.getMessage(), "Invalid status: " + e.getMessage()));
      return;
    }
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    activity(ctx).compose(a -> repo.record(s)).compose(x -> tokens.audit(by, "plan.status", "activity/" + s.activityId(),
        PlanViews.manual(s))).onSuccess(x -> Reply.json(ctx, 201, null, PlanViews.manual(s))).onFailure(ctx::fail);
  }

  private Future<ActionPlan.Activity> activity(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return plan.activity(id).map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
        ApiException.notFound("No hay actividad " + id + " en el plan.", "No activity " + id + " in the plan.")));
  }
}
