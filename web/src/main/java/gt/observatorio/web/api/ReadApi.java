package gt.observatorio.web.api;

import gt.observatorio.web.registry.UnattributedPublishers;
import io.vertx.core.json.JsonArray;

import gt.observatorio.engine.store.PublicQueries;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

/**
 * The read-only API v1 (no token; JSON, CSV, DQV) and the contract document: its operations, each
 * checked against the contract and, where said, answered from the cache of the published state.
 */
final class ReadApi implements RouteModule {
  private final Vertx vertx;
  private final ReadModel read;
  private final Stores stores;
  private final Params params;
  private final boolean simulated;
  private final AnswerCaching caching;
  private final ActiveRuleSets ruleSets;
  private final ContractValidation contract;
  private final Buffer openapi;

  ReadApi(Vertx vertx, Stores stores, Params params, boolean simulated, AnswerCaching caching,
      ActiveRuleSets ruleSets, ContractValidation contract, Buffer openapi) {
    this.vertx = vertx;
    this.read = stores.read();
    this.stores = stores;
    this.params = params;
    this.simulated = simulated;
    this.caching = caching;
    this.ruleSets = ruleSets;
    this.contract = contract;
    this.openapi = openapi;
  }

  /** The read-only API, v1: answers cached per published state except where said. */
  @Override
  public List<ApiRoute> routes() {
    PublicQueries queries = stores.queries();
    PublishedCache cache = new PublishedCache(new PublicationVersion(queries::publicationVersion, 500), caching);
    RankingApi rankings = new RankingApi(read, params, simulated);
    InstitutionApi institutions = new InstitutionApi(read, params, rankings);
    TrendsApi trends = new TrendsApi(read, params, rankings);
    DatasetApi datasets = new DatasetApi(read, queries, params, rankings);
    DatasetListApi datasetList = new DatasetListApi(stores.catalog(), params, rankings);
    CatalogApi catalog = new CatalogApi(read, queries, stores.registry(), params, simulated);
    Methodology methodology = new Methodology(vertx, params.profiles(), ruleSets, stores.ruleSets());
    Cached c = new Cached(cache, contract, simulated);
    return List.of(
        ApiRoute.get("/api/openapi.yaml", "getOpenapiYaml",
            ctx -> Reply.send(ctx, 200, "application/yaml", "public, max-age=" + caching.maxAgeSeconds(), openapi)),
        uncached(contract, "/api/v1/runs", "getRuns", catalog::runs),
        c.get("/api/v1/status", "getStatus", catalog::status),
        c.get("/api/v1/rankings", "getRankings", ctx -> rankings.rankings(ctx, false)),
        c.get("/api/v1/rankings.csv", "getRankingsCsv", ctx -> rankings.rankings(ctx, true)),
        c.get("/api/v1/rankings/trends", "getRankingsTrends", trends::trends),
        c.get("/api/v1/weeks", "getWeeks", rankings::weeks),
        c.get("/api/v1/averages", "getAverages", rankings::averages),
        c.get("/api/v1/movers", "getMovers", rankings::movers),
        c.get("/api/v1/institutions", "getInstitutions", institutions::list),
        c.get("/api/v1/institutions/{code}/history", "getInstitutionsCodeHistory", ctx -> institutions.history(ctx, false)),
        c.get("/api/v1/institutions/{code}/history.csv", "getInstitutionsCodeHistoryCsv",
            ctx -> institutions.history(ctx, true)),
        c.get("/api/v1/institutions/{code}/datasets", "getInstitutionsCodeDatasets",
            ctx -> institutions.datasets(ctx, "json")),
        c.get("/api/v1/institutions/{code}/datasets.csv", "getInstitutionsCodeDatasetsCsv",
            ctx -> institutions.datasets(ctx, "csv")),
        c.get("/api/v1/institutions/{code}/findings.csv", "getInstitutionsCodeFindingsCsv",
            ctx -> institutions.datasets(ctx, "findings")),
        c.get("/api/v1/institutions/{code}/dqv.jsonld", "getInstitutionsCodeDqvJsonld", ctx -> institutions.dqv(ctx, false)),
        c.get("/api/v1/institutions/{code}/dqv.ttl", "getInstitutionsCodeDqvTtl", ctx -> institutions.dqv(ctx, true)),
        c.get("/api/v1/datasets", "getDatasets", ctx -> datasetList.list(ctx, false)),
        c.get("/api/v1/datasets.csv", "getDatasetsCsv", ctx -> datasetList.list(ctx, true)),
        c.get("/api/v1/datasets/{id}", "getDatasetsId", datasets::detail),
        c.get("/api/v1/datasets/{id}/history", "getDatasetsIdHistory", ctx -> datasets.history(ctx, false)),
        c.get("/api/v1/datasets/{id}/history.csv", "getDatasetsIdHistoryCsv", ctx -> datasets.history(ctx, true)),
        c.get("/api/v1/datasets/{id}/dqv.jsonld", "getDatasetsIdDqvJsonld", ctx -> datasets.dqv(ctx, false)),
        c.get("/api/v1/datasets/{id}/dqv.ttl", "getDatasetsIdDqvTtl", ctx -> datasets.dqv(ctx, true)),
        uncached(contract, "/api/v1/sources", "getSources", catalog::sources),
        uncached(contract, "/api/v1/attribution/unattributed", "getUnattributedPublishers",
            ctx -> UnattributedPublishers.list(stores).map(rows -> new JsonObject().put("publishers",
                new JsonArray(rows.stream().map(r -> new JsonObject().put("source", r.source())
                    .put("publisher", r.publisher()).put("datasets", r.datasets()).put("attribution", r.attribution())
                    .put("closest", new JsonArray(r.closest()))).toList())))),
        c.get("/api/v1/search", "getSearch", catalog::search),
        // Not cached per publication: activating a rule set changes it without publishing a run.
        uncached(contract, "/api/v1/methodology", "getMethodology", ctx -> methodology.all()),
        uncached(contract, "/api/v1/methodology/{profile}", "getMethodologyProfile",
            ctx -> methodology.profile(ctx.pathParam("profile")).compose(m -> m.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ApiException.notFound("Perfil desconocido.", "Unknown profile."))))));
  }

  private static ApiRoute uncached(ContractValidation contract, String path, String operationId,
      Function<RoutingContext, Future<JsonObject>> h) {
    return ApiRoute.get(path, operationId, contract::handle, Reply.noCache(h));
  }

  /** Routes answered from the cache of the published state when they can. */
  private record Cached(PublishedCache cache, ContractValidation contract, boolean simulated) {
    ApiRoute get(String path, String operationId, Function<RoutingContext, Future<Body>> h) {
      return ApiRoute.get(path, operationId, cache::lookup, contract::handle, ctx -> {
        Future<Body> body;
        try {
          body = h.apply(ctx);
        } catch (RuntimeException e) {
          body = Future.failedFuture(e);
        }
        cache.reply(ctx, simulated ? body.map(SimulatedMark::body) : body);
      });
    }
  }
}
