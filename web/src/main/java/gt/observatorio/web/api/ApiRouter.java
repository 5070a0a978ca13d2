package gt.observatorio.web.api;

import gt.observatorio.engine.store.PublicQueries;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import gt.observatorio.web.registry.UnattributedPublishers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The HTTP API (JSON and CSV, read-only, v1; contract in {@code openapi.yaml}), the health check and
 * the dashboard at {@code /}. Handlers only translate: they validate parameters, ask the read model
 * and render; answers are cached per published state; failures go to the one {@link ProblemHandler}.
 */
public final class ApiRouter {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9a-fA-F:.]+\\](:[0-9]{1,5})?");
  private final ReadModel read;
  private final Stores stores;
  private final Params params;
  private final boolean simulated;
  private final int cacheSeconds;
  private final ActiveRuleSets ruleSets;
  private final AdminHooks hooks;

  /**
   * @param stores the repositories the handlers read and write
   * @param ruleSets what each profile scores with: the methodology, and the admin API's rule-set routes
   * @param hooks what the admin API asks of the running observatory (crawls, scheduling)
   */
  public ApiRouter(Stores stores, Set<String> profiles, String defaultProfile,
      boolean simulated, int cacheSeconds, ActiveRuleSets ruleSets, AdminHooks hooks) {
    this.read = stores.read();
    this.stores = stores;
    this.params = new Params(profiles, defaultProfile);
    this.simulated = simulated;
    this.cacheSeconds = cacheSeconds;
    this.ruleSets = ruleSets;
    this.hooks = hooks;
  }

  public Router build(Vertx vertx, String corsOrigin) {
    return build(vertx, corsOrigin, r -> { });
  }

  /** The router, with {@code more} mounting further API routes before the API's catch-all 404. */
  public Router build(Vertx vertx, String corsOrigin, java.util.function.Consumer<Router> more) {
    PublicQueries queries = stores.queries();
    PublishedCache cache = new PublishedCache(queries::publicationVersion, 500, cacheSeconds);
    RankingApi rankings = new RankingApi(read, params, simulated);
    InstitutionApi institutions = new InstitutionApi(read, params, rankings);
    DatasetApi datasets = new DatasetApi(read, queries, params, rankings);
    CatalogApi catalog = new CatalogApi(read, queries, stores.registry(), params, simulated);
    Methodology methodology = new Methodology(vertx, params.profiles(), ruleSets, stores.ruleSets());
    Buffer openapi = resource("openapi.yaml");
    ContractValidation contract = new ContractValidation(vertx, openapi);

    Router router = Router.router(vertx);
    CorsHandler cors = CorsHandler.create().addOrigin(corsOrigin)
        .allowedMethods(Set.of(io.vertx.core.http.HttpMethod.GET, io.vertx.core.http.HttpMethod.HEAD))
        .exposedHeaders(Set.of("ETag", "Content-Disposition"));
    router.route("/api/v1/*").handler(cors);
    router.route("/api/openapi.yaml").handler(cors);
    router.get("/health").handler(this::health);
    router.get("/api/openapi.yaml").handler(ctx -> ctx.response().putHeader("content-type", "application/yaml")
        .putHeader("cache-control", "public, max-age=" + cacheSeconds).end(openapi));
    uncached(router, contract, "/api/v1/runs", catalog::runs);
    get(router, cache, contract, "/api/v1/status", catalog::status);
    get(router, cache, contract, "/api/v1/rankings", ctx -> rankings.rankings(ctx, false));
    get(router, cache, contract, "/api/v1/rankings.csv", ctx -> rankings.rankings(ctx, true));
    get(router, cache, contract, "/api/v1/weeks", rankings::weeks);
    get(router, cache, contract, "/api/v1/averages", rankings::averages);
    get(router, cache, contract, "/api/v1/movers", rankings::movers);
    get(router, cache, contract, "/api/v1/institutions", institutions::list);
    get(router, cache, contract, "/api/v1/institutions/:code/history", ctx -> institutions.history(ctx, false));
    get(router, cache, contract, "/api/v1/institutions/:code/history.csv", ctx -> institutions.history(ctx, true));
    get(router, cache, contract, "/api/v1/institutions/:code/datasets", ctx -> institutions.datasets(ctx, "json"));
    get(router, cache, contract, "/api/v1/institutions/:code/datasets.csv", ctx -> institutions.datasets(ctx, "csv"));
    get(router, cache, contract, "/api/v1/institutions/:code/findings.csv", ctx -> institutions.datasets(ctx, "findings"));
    get(router, cache, contract, "/api/v1/institutions/:code/dqv.jsonld", ctx -> institutions.dqv(ctx, false));
    get(router, cache, contract, "/api/v1/institutions/:code/dqv.ttl", ctx -> institutions.dqv(ctx, true));
    DatasetListApi datasetList = new DatasetListApi(stores.catalog(), params, rankings);
    get(router, cache, contract, "/api/v1/datasets", ctx -> datasetList.list(ctx, false));
    get(router, cache, contract, "/api/v1/datasets.csv", ctx -> datasetList.list(ctx, true));
    get(router, cache, contract, "/api/v1/datasets/:id", datasets::detail);
    get(router, cache, contract, "/api/v1/datasets/:id/history", ctx -> datasets.history(ctx, false));
    get(router, cache, contract, "/api/v1/datasets/:id/history.csv", ctx -> datasets.history(ctx, true));
    get(router, cache, contract, "/api/v1/datasets/:id/dqv.jsonld", ctx -> datasets.dqv(ctx, false));
    get(router, cache, contract, "/api/v1/datasets/:id/dqv.ttl", ctx -> datasets.dqv(ctx, true));
    uncached(router, contract, "/api/v1/sources", catalog::sources);
    uncached(router, contract, "/api/v1/attribution/unattributed", ctx -> UnattributedPublishers.list(stores)
        .map(rows -> new JsonObject().put("publishers", new io.vertx.core.json.JsonArray(rows.stream()
            .map(r -> new JsonObject().put("source", r.source()).put("publisher", r.publisher())
                .put("datasets", r.datasets()).put("attribution", r.attribution())
                .put("closest", new io.vertx.core.json.JsonArray(r.closest()))).toList()))));
    get(router, cache, contract, "/api/v1/search", catalog::search);
    // Not cached per publication: activating a rule set changes it without publishing a run.
    uncached(router, contract, "/api/v1/methodology", ctx -> methodology.all());
    uncached(router, contract, "/api/v1/methodology/:profile", ctx -> methodology.profile(ctx.pathParam("profile"))
        .compose(m -> m.map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(ApiException.notFound("Perfil desconocido.", "Unknown profile.")))));
    new AdminApi(stores.registry(), stores.tokens(), hooks).mount(router, vertx, contract);
    new RuleSetAdmin(ruleSets, stores.ruleSets(), stores.tokens()).mount(router, vertx);
    router.get("/api/v1/laip/*").handler(contract::handle);
    router.get("/api/v1/plan*").handler(contract::handle);
    more.accept(router);
    router.route("/api/*").handler(ctx -> ctx.fail(404));
    router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300));
    router.route().failureHandler(new ProblemHandler());
    return router;
  }

  private static void uncached(Router router, ContractValidation contract, String path,
      Function<RoutingContext, Future<JsonObject>> h) {
    router.get(path).handler(contract::handle).handler(ctx -> h.apply(ctx).onSuccess(b -> ctx.response()
        .putHeader("cache-control", "no-cache").putHeader("content-type", "application/json; charset=utf-8")
        .end(b.encode())).onFailure(ctx::fail));
  }

  private static void get(Router router, PublishedCache cache, ContractValidation contract, String path,
      Function<RoutingContext, Future<Body>> h) {
    router.get(path).handler(cache::lookup).handler(contract::handle).handler(ctx -> {
      Future<Body> body;
      try {
        body = h.apply(ctx);
      } catch (RuntimeException e) {
        body = Future.failedFuture(e);
      }
      cache.reply(ctx, body);
    });
  }

  /** The scheme and authority the client used, for absolute IRIs; loopback when the Host header is odd. */
  static String base(RoutingContext ctx) {
    String host = ctx.request().authority() == null ? null : ctx.request().authority().toString();
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    return ("https".equals(ctx.request().scheme()) ? "https" : "http") + "://" + host;
  }

  private void health(RoutingContext ctx) {
    stores.queries().ping()
        .onSuccess(r -> json(ctx, 200, new JsonObject().put("status", "UP").put("database", "UP")))
        .onFailure(e -> json(ctx, 503, new JsonObject().put("status", "DOWN").put("database", "DOWN")
            .put("reason", e.getMessage())));
  }

  static Buffer resource(String name) {
    try (InputStream in = ApiRouter.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? Buffer.buffer("openapi: 3.0.3\n") : Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json; charset=utf-8").end(body.encode());
  }
}
