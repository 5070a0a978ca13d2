package gt.observatorio.web.laip;

import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.web.api.ApiException;
import gt.observatorio.web.laip.plan.ActionPlan;
import gt.observatorio.web.laip.plan.PlanProgress;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Action plan routes under {@code /api/v1/plan}: the plan with each activity's state, its progress
 * month by month, and (for an editor holding the token) recording an activity's status with evidence.
 */
public final class PlanApi {
  private final ActionPlan plan;
  private final PlanRepository repo;
  private final Clock clock;
  private final Optional<String> editorToken;

  /** @param editorToken the bearer token editors send; empty disables editing (403) */
  public PlanApi(ActionPlan plan, PlanRepository repo, Clock clock, Optional<String> editorToken) {
    this.plan = plan;
    this.repo = repo;
    this.clock = clock;
    this.editorToken = editorToken.filter(t -> !t.isBlank());
  }

  public void mount(Router router) {
    router.get("/api/v1/plan").handler(ctx -> LaipApi.reply(ctx, repo.latestStatuses().compose(manual ->
        repo.checks().map(checks -> PlanViews.plan(plan, PlanProgress.states(plan, manual, checks,
            YearMonth.now(clock)))))));
    router.get("/api/v1/plan/progress").handler(ctx -> LaipApi.reply(ctx, repo.allStatuses().compose(h ->
        repo.checks().map(checks -> new JsonObject().put("plan", plan.id()).put("series", new JsonArray(
            PlanProgress.series(plan, h, checks).stream().map(PlanViews::point).toList()))))));
    router.get("/api/v1/plan/activities/:id/history").handler(ctx -> LaipApi.reply(ctx, activity(ctx)
        .compose(a -> repo.history(a.id())).map(h -> new JsonObject().put("activity", ctx.pathParam("id"))
            .put("history", new JsonArray(h.stream().map(PlanViews::manual).toList())))));
    router.post("/api/v1/plan/activities/:id/status").handler(BodyHandler.create().setBodyLimit(16_384))
        .handler(this::record);
  }

  private void record(RoutingContext ctx) {
    if (editorToken.isEmpty()) {
      ctx.fail(new ApiException(403, "La edición del plan no está habilitada.", "Plan editing is not enabled."));
      return;
    }
    String auth = Optional.ofNullable(ctx.request().getHeader("Authorization")).orElse("");
    byte[] given = auth.startsWith("Bearer ") ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, editorToken.get().getBytes(StandardCharsets.UTF_8))) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      ctx.fail(new ApiException(401, "Se requiere el token de editor.", "An editor token is required."));
      return;
    }
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
    activity(ctx).compose(a -> repo.record(s)).onSuccess(x -> ctx.response().setStatusCode(201)
        .putHeader("content-type", "application/json; charset=utf-8").end(PlanViews.manual(s).encode()))
        .onFailure(ctx::fail);
  }

  private Future<ActionPlan.Activity> activity(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return plan.activity(id).map(Future::succeededFuture).orElseGet(() -> Future.failedFuture(
        ApiException.notFound("No hay actividad " + id + " en el plan.", "No activity " + id + " in the plan.")));
  }
}
