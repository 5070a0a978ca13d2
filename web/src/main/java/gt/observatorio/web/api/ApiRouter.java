package gt.observatorio.web.api;

import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.store.ReadModel;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP API (JSON, read-only, v1), the health check and the page at {@code /}. Handlers only
 * translate: they validate parameters, ask the read model and render; failures go to the one
 * {@link ProblemHandler}.
 */
public final class ApiRouter {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private final ReadModel read;
  private final Pool pool;
  private final Set<String> profiles;
  private final String defaultProfile;
  private final boolean simulated;
  private final int cacheSeconds;

  public ApiRouter(ReadModel read, Pool pool, Set<String> profiles, String defaultProfile,
      boolean simulated, int cacheSeconds) {
    this.read = read;
    this.pool = pool;
    this.profiles = Set.copyOf(profiles);
    this.defaultProfile = defaultProfile;
    this.simulated = simulated;
    this.cacheSeconds = cacheSeconds;
  }

  public Router build(Vertx vertx, String corsOrigin) {
    Router router = Router.router(vertx);
    router.route("/api/*").handler(CorsHandler.create().addOrigin(corsOrigin));
    router.get("/health").handler(this::health);
    router.get("/api/v1/rankings").handler(this::rankings);
    router.get("/api/v1/institutions").handler(ctx -> reply(ctx, read.institutions().map(list -> {
      JsonArray out = new JsonArray();
      list.forEach(i -> out.add(ApiViews.institution(i)));
      return new JsonObject().put("institutions", out);
    })));
    router.get("/api/v1/institutions/:code/history").handler(this::history);
    router.get("/api/v1/institutions/:code/datasets").handler(this::datasets);
    router.get("/api/v1/runs").handler(this::runs);
    router.route("/api/*").handler(ctx -> ctx.fail(404));
    router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
    router.route().failureHandler(new ProblemHandler());
    return router;
  }

  private void health(RoutingContext ctx) {
    pool.query("SELECT 1").execute()
        .onSuccess(r -> json(ctx, 200, new JsonObject().put("status", "UP").put("database", "UP")))
        .onFailure(e -> json(ctx, 503, new JsonObject().put("status", "DOWN").put("database", "DOWN")
            .put("reason", e.getMessage())));
  }

  private void rankings(RoutingContext ctx) {
    String profile = profile(ctx);
    String weekParam = ctx.request().getParam("week");
    Future<Optional<IsoWeek>> week = weekParam == null
        ? read.latestWeek(profile) : Future.succeededFuture(Optional.of(parseWeek(weekParam)));
    reply(ctx, week.compose(w -> w.isEmpty()
        ? Future.succeededFuture(envelope(profile, null).put("institutions", new JsonArray()))
        : read.rankings(w.get(), profile).map(rows -> {
          JsonArray out = new JsonArray();
          rows.forEach(r -> out.add(ApiViews.rankingRow(r)));
          return envelope(profile, w.get().toString()).put("institutions", out);
        })));
  }

  private void history(RoutingContext ctx) {
    String profile = profile(ctx);
    String code = code(ctx);
    reply(ctx, read.institution(code).compose(i -> {
      if (i.isEmpty()) {
        return Future.failedFuture(unknownInstitution(code));
      }
      return read.history(code, profile).map(points -> {
        JsonArray out = new JsonArray();
        points.forEach(p -> out.add(ApiViews.historyPoint(p)));
        return envelope(profile, null).put("institution", ApiViews.institution(i.get())).put("points", out);
      });
    }));
  }

  private void datasets(RoutingContext ctx) {
    String profile = profile(ctx);
    String code = code(ctx);
    reply(ctx, read.institution(code).compose(i -> {
      if (i.isEmpty()) {
        return Future.failedFuture(unknownInstitution(code));
      }
      return read.latestDatasets(code, profile).map(list -> {
        JsonArray out = new JsonArray();
        list.forEach(v -> out.add(ApiViews.dataset(v)));
        return envelope(profile, null).put("institution", ApiViews.institution(i.get())).put("datasets", out);
      });
    }));
  }

  private void runs(RoutingContext ctx) {
    int limit = intParam(ctx, "limit", 50, 1, 1000);
    reply(ctx, read.runs(limit).map(runs -> {
      JsonArray out = new JsonArray();
      runs.forEach(r -> out.add(new JsonObject().put("id", r.id()).put("source", r.sourceId())
          .put("state", r.state().id()).put("week", r.week() == null ? null : r.week().toString())
          .put("startedAt", r.startedAt() == null ? null : r.startedAt().toString())
          .put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString())
          .put("datasets", r.datasets()).put("distributions", r.distributions())
          .put("probes", r.probes()).put("errors", r.errors()).put("message", r.message())));
      return new JsonObject().put("runs", out);
    }));
  }

  private JsonObject envelope(String profile, String week) {
    return new JsonObject().put("profile", profile).put("week", week).put("simulated", simulated);
  }

  private String profile(RoutingContext ctx) {
    String p = ctx.request().getParam("profile");
    if (p == null) {
      return defaultProfile;
    }
    if (!profiles.contains(p)) {
      throw ApiException.badRequest("Perfil desconocido '" + p + "'; perfiles: " + profiles,
          "Unknown profile '" + p + "'; profiles: " + profiles);
    }
    return p;
  }

  private static String code(RoutingContext ctx) {
    String code = ctx.pathParam("code");
    if (code == null || !CODE.matcher(code).matches()) {
      throw ApiException.badRequest("Código de institución inválido.", "Invalid institution code.");
    }
    return code.toUpperCase(java.util.Locale.ROOT);
  }

  private static IsoWeek parseWeek(String text) {
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Semana inválida: use el formato AAAA-Www, por ejemplo 2025-W03.",
          "Invalid week: " + e.getMessage());
    }
  }

  private static ApiException unknownInstitution(String code) {
    return ApiException.notFound("No hay institución con código " + code + ".", "No institution with code " + code + ".");
  }

  private static int intParam(RoutingContext ctx, String name, int dflt, int min, int max) {
    String v = ctx.request().getParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("El parámetro " + name + " debe ser un entero entre " + min + " y " + max + ".",
          "Parameter " + name + " must be an integer from " + min + " to " + max + ".");
    }
  }

  private void reply(RoutingContext ctx, Future<JsonObject> body) {
    body.onSuccess(b -> {
      ctx.response().putHeader("cache-control", "public, max-age=" + cacheSeconds);
      json(ctx, 200, b);
    }).onFailure(ctx::fail);
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json; charset=utf-8").end(body.encode());
  }
}
