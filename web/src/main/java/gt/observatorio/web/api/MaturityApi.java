package gt.observatorio.web.api;

import gt.observatorio.engine.maturity.CriterionKind;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.engine.maturity.Quarter;
import gt.observatorio.engine.store.ApiToken;
import gt.observatorio.engine.store.MaturityRepository;
import gt.observatorio.engine.store.StoredMaturityResult;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.web.maturity.EvidenceProbe;
import gt.observatorio.web.maturity.MaturityJson;
import gt.observatorio.web.maturity.MaturityService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maturity routes: the national table (JSON, CSV), an institution's result and history, the model, and the
 * answered-criteria workflow (an editor submits with an evidence URL, an admin accepts or rejects with a reason;
 * every step audited; each answer's evidence probed; the quarter recomputed after a review).
 */
public final class MaturityApi implements RouteModule {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MaturityApi.class);
  private static final String URL = "(?i)^https?://\\S{1,2000}$";
  private final MaturityService service;
  private final MaturityRepository repo;
  private final TokenRepository tokens;
  private final EvidenceProbe probe;
  private final Clock clock;
  private final boolean simulated;

  public MaturityApi(MaturityService service, MaturityRepository repo, TokenRepository tokens, EvidenceProbe probe,
      Clock clock) {
    this(service, repo, tokens, probe, clock, false);
  }

  /** As above; with {@code simulated}, every export carries the simulated marker ({@link SimulatedMark}). */
  public MaturityApi(MaturityService service, MaturityRepository repo, TokenRepository tokens, EvidenceProbe probe,
      Clock clock, boolean simulated) {
    this.service = service;
    this.repo = repo;
    this.tokens = tokens;
    this.probe = probe;
    this.clock = clock;
    this.simulated = simulated;
  }

  private Future<JsonObject> marked(Future<JsonObject> answer) {
    return simulated ? answer.map(o -> o.put("simulated", true)) : answer;
  }

  @Override
  public List<ApiRoute> routes() {
    TokenAuth auth = new TokenAuth(tokens);
    return List.of(
        ApiRoute.get("/api/v1/maturity", "getMaturity", Reply.noCache(ctx -> marked(table(ctx)))),
        ApiRoute.get("/api/v1/maturity.csv", "getMaturityCsv", this::csv),
        ApiRoute.get("/api/v1/maturity/model", "getMaturityModel", Reply.noCache(ctx -> service.versions()
            .map(v -> MaturityJson.model(service.model()).put("versions", new JsonArray(v.stream().map(s -> new JsonObject()
                .put("version", s.version()).put("hash", s.contentHash()).put("storedAt", s.createdAt().toString()))
                .toList()))))),
        ApiRoute.post("/api/v1/maturity/answers/{id}/review", "postMaturityAnswersIdReview",
            BodyHandler.create().setBodyLimit(16_384), auth::authenticate, TokenAuth.require("admin"), this::review),
        ApiRoute.get("/api/v1/institutions/{code}/maturity", "getInstitutionsCodeMaturity", Reply.noCache(ctx -> marked(one(ctx)))),
        ApiRoute.get("/api/v1/institutions/{code}/maturity/history", "getInstitutionsCodeMaturityHistory",
            Reply.noCache(ctx -> marked(history(ctx)))),
        ApiRoute.get("/api/v1/institutions/{code}/maturity/dqv.jsonld", "getInstitutionsCodeMaturityDqvJsonld",
            ctx -> dqv(ctx, false)),
        ApiRoute.get("/api/v1/institutions/{code}/maturity/dqv.ttl", "getInstitutionsCodeMaturityDqvTtl",
            ctx -> dqv(ctx, true)),
        ApiRoute.get("/api/v1/institutions/{code}/maturity/answers", "getInstitutionsCodeMaturityAnswers",
            Reply.noCache(ctx -> repo.answers().map(all -> new JsonObject().put("institution", ctx.pathParam("code"))
                .put("answers", new JsonArray(all.stream().filter(a -> a.institution().equals(ctx.pathParam("code")))
                    .map(MaturityJson::answer).toList()))))),
        ApiRoute.post("/api/v1/institutions/{code}/maturity/answers", "postInstitutionsCodeMaturityAnswers",
            BodyHandler.create().setBodyLimit(16_384), auth::authenticate, TokenAuth.require("editor"), this::submit),
        ApiRoute.post("/api/v1/institutions/{code}/maturity/key-datasets", "postInstitutionsCodeMaturityKeyDatasets",
            BodyHandler.create().setBodyLimit(16_384), auth::authenticate, TokenAuth.require("editor"), this::decide));
  }

  private Future<JsonObject> table(RoutingContext ctx) {
    MaturityModel m = service.model();
    String version = ctx.queryParams().get("version") == null ? m.version() : ctx.queryParams().get("version");
    return repo.quarters(m.id(), version).compose(quarters -> {
      if (quarters.isEmpty()) {
        return Future.failedFuture(ApiException.notFound("No hay resultados de madurez para esa versión del modelo.",
            "No maturity results for that model version."));
      }
      String q = ctx.queryParams().get("quarter") == null ? quarters.get(quarters.size() - 1) : ctx.queryParams().get("quarter");
      String prev = Quarter.parse(q).previous().toString();
      return Future.all(repo.results(m.id(), version, q), repo.results(m.id(), version, prev)).map(f -> {
        List<StoredMaturityResult> now = f.resultAt(0);
        Map<String, Integer> before = new HashMap<>();
        f.<List<StoredMaturityResult>>resultAt(1).forEach(r -> before.put(r.institutionCode(), r.level()));
        JsonArray rows = new JsonArray();
        int rank = 0;
        for (int i = 0; i < now.size(); i++) {
          StoredMaturityResult r = now.get(i);
          if (i == 0 || now.get(i - 1).level() != r.level() || now.get(i - 1).metPercent() != r.metPercent()) {
            rank = i + 1;
          }
          JsonObject d = new JsonObject(r.detailJson());
          JsonObject dims = new JsonObject();
          d.getJsonArray("dimensions").forEach(x -> dims.put(((JsonObject) x).getString("id"), ((JsonObject) x).getInteger("level")));
          Integer was = before.get(r.institutionCode());
          rows.add(new JsonObject().put("institution", r.institutionCode()).put("level", r.level())
              .put("levelLabel", d.getJsonObject("levelLabel")).put("metPercent", r.metPercent()).put("rank", rank)
              .put("dimensions", dims).put("previousLevel", was).put("change", was == null ? null : r.level() - was));
        }
        return new JsonObject().put("model", new JsonObject().put("id", m.id()).put("version", version)
                .put("hash", now.isEmpty() ? null : now.get(0).modelHash()))
            .put("quarter", q).put("previousQuarter", prev).put("quarters", new JsonArray(quarters))
            .put("institutions", rows);
      });
    });
  }

  private void csv(RoutingContext ctx) {
    table(ctx).onSuccess(t -> {
      MaturityModel m = service.model();
      List<String> header = new java.util.ArrayList<>(List.of("posición / rank", "institución / institution",
          "nivel / level", "nivel (texto) / level (label)", "criterios cumplidos % / criteria met %",
          "cambio / change", "trimestre / quarter", "modelo / model", "versión / version"));
      m.dimensions().forEach(d -> header.add(d.label().es() + " / " + d.label().en()));
      Csv csv = new Csv(header.toArray(String[]::new));
      for (Object o : t.getJsonArray("institutions")) {
        JsonObject r = (JsonObject) o;
        List<Object> row = new java.util.ArrayList<>(List.of(r.getInteger("rank"), r.getString("institution"),
            r.getInteger("level"), r.getJsonObject("levelLabel").getString("es") + " / "
                + r.getJsonObject("levelLabel").getString("en"), r.getDouble("metPercent"),
            r.getValue("change") == null ? "" : r.getValue("change"), t.getString("quarter"), m.id(),
            t.getJsonObject("model").getString("version")));
        m.dimensions().forEach(d -> row.add(r.getJsonObject("dimensions").getValue(d.id())));
        csv.row(row);
      }
      Body b = csv.body("madurez-" + t.getString("quarter") + ".csv");
      Reply.body(ctx, Reply.NO_CACHE, simulated ? SimulatedMark.body(b) : b);
    }).onFailure(ctx::fail);
  }

  private Future<JsonObject> one(RoutingContext ctx) {
    return history(ctx).compose(h -> {
      JsonArray quarters = h.getJsonArray("history");
      if (quarters.isEmpty()) {
        return Future.failedFuture(ApiException.notFound("No hay resultados de madurez de " + ctx.pathParam("code") + ".",
            "No maturity results for " + ctx.pathParam("code") + "."));
      }
      String wanted = ctx.queryParams().get("quarter");
      JsonObject pick = null;
      for (Object o : quarters) {
        JsonObject q = (JsonObject) o;
        if (wanted == null || wanted.equals(q.getString("quarter"))) {
          pick = q;
        }
      }
      if (pick == null) {
        return Future.failedFuture(ApiException.notFound("No hay resultado para ese trimestre.", "No result for that quarter."));
      }
      return repo.results(h.getJsonObject("model").getString("id"), h.getJsonObject("model").getString("version"),
          pick.getString("quarter")).map(rs -> rs.stream().filter(r -> r.institutionCode().equals(ctx.pathParam("code")))
          .findFirst().map(r -> new JsonObject(r.detailJson()).put("institution", r.institutionCode())
              .put("quarter", r.quarter()).put("computedAt", r.computedAt().toString())
              .put("model", new JsonObject().put("id", r.modelId()).put("version", r.modelVersion())
                  .put("hash", r.modelHash())))
          .orElseThrow());
    });
  }

  private Future<JsonObject> history(RoutingContext ctx) {
    MaturityModel m = service.model();
    String version = ctx.queryParams().get("version") == null ? m.version() : ctx.queryParams().get("version");
    String code = ctx.pathParam("code");
    return repo.history(m.id(), version, code).map(rs -> new JsonObject().put("institution", code)
        .put("model", new JsonObject().put("id", m.id()).put("version", version)
            .put("hash", rs.isEmpty() ? null : rs.get(0).modelHash()))
        .put("history", new JsonArray(rs.stream().map(r -> {
          JsonObject d = new JsonObject(r.detailJson());
          JsonObject dims = new JsonObject();
          d.getJsonArray("dimensions").forEach(x -> dims.put(((JsonObject) x).getString("id"),
              ((JsonObject) x).getInteger("level")));
          return new JsonObject().put("quarter", r.quarter()).put("level", r.level())
              .put("metPercent", r.metPercent()).put("dimensions", dims);
        }).toList())));
  }

  private void dqv(RoutingContext ctx, boolean turtle) {
    MaturityModel m = service.model();
    String version = ctx.queryParams().get("version") == null ? m.version() : ctx.queryParams().get("version");
    String code = ctx.pathParam("code");
    repo.history(m.id(), version, code).onSuccess(rs -> {
      if (rs.isEmpty()) {
        ctx.fail(ApiException.notFound("No hay resultados de madurez de " + code + ".", "No maturity results for " + code + "."));
        return;
      }
      Reply.body(ctx, Reply.NO_CACHE,
          new Dqv(ApiRouter.base(ctx), List.of()).maturity(code, m.id(), rs).simulated(simulated).write(turtle, "madurez-dqv-" + code));
    }).onFailure(ctx::fail);
  }

  private void submit(RoutingContext ctx) {
    JsonObject body = AdminApi.body(ctx);
    String criterion = body.getString("criterion", "");
    String url = body.getString("evidenceUrl", "");
    var c = service.model().criterion(criterion);
    if (c.isEmpty() || c.get().kind() != CriterionKind.ANSWERED) {
      ctx.fail(new ApiException(422, "'" + criterion + "' no es un criterio respondido del modelo.",
          "'" + criterion + "' is not an answered criterion of the model."));
      return;
    }
    if (!url.matches(URL)) {
      ctx.fail(new ApiException(422, "evidenceUrl debe ser una URL http(s).", "evidenceUrl must be an http(s) URL."));
      return;
    }
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    String code = ctx.pathParam("code");
    repo.submit(code, criterion, url, body.getString("note"), clock.instant(), by)
        .onSuccess(a -> {
          probe.probe(url).compose(p -> repo.probed(a.id(), p.reachable(), p.observed(), clock.instant()))
              .onFailure(e -> LOG.warn("evidence of answer {} not probed: {}", a.id(), e.toString()));
          Reply.json(ctx, 201, null, MaturityJson.answer(a));
        }).onFailure(e -> ctx.fail(e.getMessage() != null && e.getMessage().contains("foreign key")
            ? ApiException.notFound("No hay institución " + code + ".", "No institution " + code + ".") : e));
  }

  private void review(RoutingContext ctx) {
    JsonObject body = AdminApi.body(ctx);
    String decision = body.getString("decision", "");
    String reason = body.getString("reason");
    if (!decision.equals("accept") && !decision.equals("reject")) {
      ctx.fail(new ApiException(422, "decision debe ser accept o reject.", "decision must be accept or reject."));
      return;
    }
    if (decision.equals("reject") && (reason == null || reason.isBlank())) {
      ctx.fail(new ApiException(422, "Un rechazo necesita un motivo (reason).", "A rejection needs a reason."));
      return;
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      ctx.fail(ApiException.badRequest("id debe ser un número.", "id must be a number."));
      return;
    }
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    repo.review(id, decision.equals("accept"), reason, clock.instant(), by).compose(a -> a.isEmpty()
        ? Future.<JsonObject>failedFuture(new ApiException(409, "No hay respuesta " + id + " pendiente de revisión.",
            "No answer " + id + " awaits review."))
        : service.computeNow().map(x -> MaturityJson.answer(a.get())))
        .onSuccess(j -> Reply.json(ctx, 200, null, j))
        .onFailure(ctx::fail);
  }

  private void decide(RoutingContext ctx) {
    JsonObject body = AdminApi.body(ctx);
    String key = body.getString("keyDataset", "");
    String dataset = body.getString("dataset", "");
    Boolean confirmed = body.getBoolean("confirmed");
    if (service.model().keyDatasets().stream().noneMatch(k -> k.id().equals(key)) || dataset.isBlank()
        || confirmed == null) {
      ctx.fail(new ApiException(422, "Indique keyDataset (del modelo), dataset y confirmed.",
          "Give keyDataset (of the model), dataset and confirmed."));
      return;
    }
    ApiToken by = ctx.get(TokenAuth.TOKEN);
    repo.decide(ctx.pathParam("code"), key, dataset, confirmed, clock.instant(), by).compose(x -> service.computeNow())
        .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }
}
