package gt.observatorio.web.api;

import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.Contest;
import gt.observatorio.engine.store.ContestRepository;
import gt.observatorio.engine.store.ContestRepository.Decision;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.store.TokenRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Right of reply: an editor contests the findings of one rule on one published dataset (reason, evidence URL); an
 * admin accepts or rejects it (a reason is required to reject). Every step is audited. An accepted contest waives
 * the rule on that dataset until its content changes, from the next time it is scored (rescore or crawl). Contests
 * are public; no token or address is shown.
 */
final class ContestApi implements RouteModule {
  private static final String URL = "(?i)^https?://\\S{1,2000}$";
  private static final Map<String, JsonObject> STATE_LABELS = Map.of(
      "pending", label("pendiente", "pending"),
      "accepted", label("impugnado y aceptado", "contested and accepted"),
      "rejected", label("impugnación rechazada", "contest rejected"));
  private final ContestRepository contests;
  private final ReadModel read;
  private final TokenRepository tokens;
  private final Params params;
  private final Clock clock;

  ContestApi(ContestRepository contests, ReadModel read, TokenRepository tokens, Params params, Clock clock) {
    this.contests = contests;
    this.read = read;
    this.tokens = tokens;
    this.params = params;
    this.clock = clock;
  }

  @Override
  public List<ApiRoute> routes() {
    TokenAuth auth = new TokenAuth(tokens);
    return List.of(
        ApiRoute.get("/api/v1/datasets/{id}/contests", "getDatasetsIdContests", Reply.noCache(this::list)),
        ApiRoute.post("/api/v1/datasets/{id}/contests", "postDatasetsIdContests",
            BodyHandler.create().setBodyLimit(16_384), auth::authenticate, TokenAuth.require("editor"), this::file),
        ApiRoute.post("/api/v1/contests/{id}/review", "postContestsIdReview",
            BodyHandler.create().setBodyLimit(16_384), auth::authenticate, TokenAuth.require("admin"), this::review));
  }

  private Future<JsonObject> list(RoutingContext ctx) {
    long id = Params.id(ctx);
    return contests.ofDataset(id).map(cs -> new JsonObject().put("dataset", id)
        .put("contests", new JsonArray(cs.stream().map(ContestApi::json).toList())));
  }

  private void file(RoutingContext ctx) {
    long id = Params.id(ctx);
    String profile = params.profile(ctx);
    JsonObject b = AdminApi.body(ctx);
    String rule = AdminApi.required(b, "rule");
    String reason = AdminApi.required(b, "reason");
    String evidence = b.getValue("evidenceUrl") == null ? null : AdminApi.required(b, "evidenceUrl");
    if (evidence != null && !evidence.matches(URL)) {
      throw ApiException.badRequest("evidenceUrl debe ser una URL http(s).", "evidenceUrl must be an http(s) URL.");
    }
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    read.dataset(id, profile).compose(v -> {
      if (v.isEmpty()) {
        return Future.failedFuture(ApiException.notFound("No hay conjunto de datos publicado con id " + id + ".",
            "No published dataset with id " + id + "."));
      }
      boolean lost = v.get().score().rules().stream().anyMatch(r -> r.ruleId().equals(rule) && lostPoints(r));
      if (!lost) {
        return Future.failedFuture(new ApiException(422, "La regla '" + rule + "' no tiene hallazgos sobre este"
            + " conjunto de datos en el perfil " + profile + ".", "Rule '" + rule + "' has no findings on this"
            + " dataset under profile " + profile + "."));
      }
      return contests.file(id, rule, reason, evidence, t, clock.instant());
    }).onSuccess(c -> Reply.noStore(ctx, 201, json(c.orElseThrow()))).onFailure(ctx::fail);
  }

  private void review(RoutingContext ctx) {
    long id = Params.id(ctx);
    JsonObject b = AdminApi.body(ctx);
    String decision = b.getString("decision", "");
    if (!decision.equals("accept") && !decision.equals("reject")) {
      throw ApiException.badRequest("decision debe ser accept o reject.", "decision must be accept or reject.");
    }
    boolean accept = decision.equals("accept");
    String reason = b.getValue("reason") == null && accept ? null : AdminApi.required(b, "reason");
    ApiToken t = ctx.get(TokenAuth.TOKEN);
    contests.decide(id, accept, reason, t, clock.instant()).onSuccess(d -> {
      if (d instanceof Decision.Decided x) {
        Reply.noStore(ctx, 200, json(x.contest()));
      } else if (d instanceof Decision.AlreadyDecided x) {
        JsonObject state = STATE_LABELS.getOrDefault(x.contest().state(), label(x.contest().state(), x.contest().state()));
        ctx.fail(new ApiException(409, "La impugnación " + id + " ya fue resuelta (" + state.getString("es") + ").",
            "Contest " + id + " was already decided (" + state.getString("en") + ")."));
      } else {
        ctx.fail(ApiException.notFound("No hay impugnación " + id + ".", "No contest " + id + "."));
      }
    }).onFailure(ctx::fail);
  }

  private static boolean lostPoints(RuleOutcome r) {
    return r.measured() && (r.points() < r.maxPoints() || !r.findings().isEmpty());
  }

  static JsonObject json(Contest c) {
    return new JsonObject().put("id", c.id()).put("dataset", c.datasetId()).put("rule", c.ruleId())
        .put("reason", c.reason()).put("evidenceUrl", c.evidenceUrl()).put("state", c.state())
        .put("stateLabel", STATE_LABELS.get(c.state())).put("contentHash", c.contentHash())
        .put("filedAt", c.filedAt().toString()).put("decidedAt", c.decidedAt() == null ? null : c.decidedAt().toString())
        .put("decisionReason", c.decisionReason());
  }

  private static JsonObject label(String es, String en) {
    return new JsonObject().put("es", es).put("en", en);
  }
}
