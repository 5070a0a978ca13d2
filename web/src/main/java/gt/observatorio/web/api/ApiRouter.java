package gt.observatorio.web.api;

import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one router of the HTTP interface: every operation of {@code openapi.yaml} (the read-only API v1,
 * JSON and CSV; the admin API; the modules handed in: Article 10, plan, operations) and the dashboard
 * at {@code /}. Handlers only translate: they validate parameters, ask the read model and render;
 * answers go out through {@link Reply} (or {@link PublishedCache}), failures through the one
 * {@link ProblemHandler}.
 */
public final class ApiRouter {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9a-fA-F:.]+\\](:[0-9]{1,5})?");
  private final Stores stores;
  private final Params params;
  private final boolean simulated;
  private final AnswerCaching caching;
  private final ActiveRuleSets ruleSets;
  private final AdminHooks hooks;

  /**
   * @param stores the repositories the handlers read and write
   * @param ruleSets what each profile scores with: the methodology, and the admin API's rule-set routes
   * @param hooks what the admin API asks of the running observatory (crawls, scheduling)
   */
  public ApiRouter(Stores stores, Set<String> profiles, String defaultProfile,
      boolean simulated, AnswerCaching caching, ActiveRuleSets ruleSets, AdminHooks hooks) {
    this.stores = stores;
    this.params = new Params(profiles, defaultProfile, p -> ruleSets.current(p).definition());
    this.simulated = simulated;
    this.caching = caching;
    this.ruleSets = ruleSets;
    this.hooks = hooks;
  }

  /**
   * The one router: CORS and the admin API's guards, then every operation of the read API, the admin
   * API and {@code more} (Article 10, plan, operations), then the API's catch-all 404, the dashboard
   * and the one failure handler.
   */
  public RouteTable build(Vertx vertx, String corsOrigin, List<RouteModule> more) {
    Buffer openapi = resource("openapi.yaml");
    ContractValidation contract = new ContractValidation(vertx, openapi);
    Router router = Router.router(vertx);
    CorsHandler cors = CorsHandler.create().addOrigin(corsOrigin)
        .allowedMethods(Set.of(io.vertx.core.http.HttpMethod.GET, io.vertx.core.http.HttpMethod.HEAD))
        .exposedHeaders(Set.of("ETag", "Content-Disposition"));
    router.route("/api/v1/*").handler(cors);
    router.route("/api/openapi.yaml").handler(cors);
    AdminApi admin = new AdminApi(stores.registry(), stores.tokens(), hooks, vertx);
    admin.guard(router, contract);
    router.get("/api/v1/laip/*").handler(contract::handle);
    router.get("/api/v1/plan*").handler(contract::handle);
    List<ApiRoute> routes = new ArrayList<>(new ReadApi(vertx, stores, params, simulated, caching, ruleSets,
        contract, openapi).routes());
    routes.addAll(admin.routes());
    routes.addAll(new TokenAdmin(stores.tokens()).routes());
    routes.addAll(new ContestApi(stores.contests(), stores.read(), stores.tokens(), params, java.time.Clock.systemUTC())
        .routes());
    routes.addAll(new FeedApi(stores.events(), stores.registry()).routes());
    routes.addAll(new RuleSetAdmin(ruleSets, stores.ruleSets(), stores.tokens(), vertx).routes());
    more.forEach(m -> routes.addAll(m.routes()));
    routes.forEach(r -> r.mount(router));
    router.route("/api/*").handler(ctx -> ctx.fail(404));
    router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(true).setMaxAgeSeconds(300));
    router.route().failureHandler(new ProblemHandler(new DatabaseOutage(vertx, stores.queries()::ping, 2000)));
    return new RouteTable(router, routes);
  }

  /** The scheme and authority the client used, for absolute IRIs; loopback when the Host header is odd. */
  static String base(RoutingContext ctx) {
    String host = ctx.request().authority() == null ? null : ctx.request().authority().toString();
    if (host == null || !HOST.matcher(host).matches()) {
      host = "localhost";
    }
    return ("https".equals(ctx.request().scheme()) ? "https" : "http") + "://" + host;
  }

  static Buffer resource(String name) {
    try (InputStream in = ApiRouter.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? Buffer.buffer("openapi: 3.0.3\n") : Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
