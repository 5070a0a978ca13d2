package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.store.DatasetPoint;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.engine.store.ProbeChange;
import gt.observatorio.engine.store.PublicQueries;
import gt.observatorio.engine.store.ReadModel;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/** One dataset: its latest published metadata, distributions with their latest probes, score and findings; its weekly history; DQV. */
final class DatasetApi {
  private final ReadModel read;
  private final PublicQueries queries;
  private final Params params;
  private final RankingApi rankings;

  DatasetApi(ReadModel read, PublicQueries queries, Params params, RankingApi rankings) {
    this.read = read;
    this.queries = queries;
    this.params = params;
    this.rankings = rankings;
  }

  private Future<DatasetView> view(long id, String profile) {
    return read.dataset(id, profile).compose(v -> v.isEmpty()
        ? Future.failedFuture(ApiException.notFound("No hay conjunto de datos publicado con id " + id + ".",
            "No published dataset with id " + id + "."))
        : Future.succeededFuture(v.get()));
  }

  Future<Body> detail(RoutingContext ctx) {
    String profile = params.profile(ctx);
    long id = Params.id(ctx);
    return view(id, profile).compose(v -> queries.datasetInstitution(id).compose(code ->
        (code.isEmpty() ? Future.succeededFuture(java.util.Optional.<gt.observatorio.engine.domain.Institution>empty())
            : read.institution(code.get())).compose(inst -> distributions(v.dataset(), starred(profile)).map(dists -> {
              JsonObject d = ApiViews.dataset(v, rankings.dims(profile));
              Dataset m = v.dataset();
              d.put("description", m.description()).put("publisher", m.publisher())
                  .put("contactPoint", m.contactPoint()).put("keywords", new JsonArray(m.keywords()))
                  .put("themes", new JsonArray(m.themes())).put("issued", m.issued());
              d.put("distributionList", dists);
              return Body.json(rankings.envelope(profile, null)
                  .put("institution", inst.map(ApiViews::institution).orElse(null)).put("dataset", d));
            }))));
  }

  /** Whether the profile's rule set scores Berners-Lee's stars (then each distribution carries its star ladder). */
  private boolean starred(String profile) {
    return params.ruleSet(profile).rules().stream().anyMatch(r -> r.rule().id().equals(StarsView.RULE));
  }

  /**
   * Each distribution as declared, with the latest probe of its URL (what the crawler saw), in the dataset's order;
   * with {@code stars} its five-star ladder read from the same metadata and probe.
   */
  private Future<JsonArray> distributions(Dataset m, boolean stars) {
    List<Future<JsonObject>> each = new ArrayList<>();
    for (int i = 0; i < m.distributions().size(); i++) {
      Distribution x = m.distributions().get(i);
      JsonObject o = new JsonObject().put("index", i).put("title", x.title())
          .put("accessUrl", x.accessUrl()).put("downloadUrl", x.downloadUrl()).put("format", x.format())
          .put("mediaType", x.mediaType()).put("byteSize", x.byteSize()).put("license", x.license()).put("rights", x.rights());
      String url = x.probeUrl();
      int index = i;
      each.add((url == null ? Future.succeededFuture(List.<ProbeChange>of()) : read.probeHistory(url, 1))
          .otherwise(List.of()).map(ps -> {
            ProbeChange last = ps.isEmpty() ? null : ps.get(0);
            o.put("probe", last == null ? null : probe(last));
            return stars ? o.put("stars", StarsView.ladder(m, index, last == null ? null : last.result())) : o;
          }));
    }
    return Future.all(each).map(all -> new JsonArray(all.<JsonObject>list()));
  }

  private static JsonObject probe(ProbeChange c) {
    ProbeResult r = c.result();
    return new JsonObject().put("url", r.url()).put("outcome", r.outcome().id()).put("reachable", r.outcome().reachable())
        .put("httpStatus", r.httpStatus()).put("format", r.format()).put("declaredContentType", r.declaredContentType())
        .put("sniffedContentType", r.sniffedContentType()).put("contentLength", r.contentLength())
        .put("checkedAt", c.lastChecked() == null ? null : c.lastChecked().toString());
  }

  Future<Body> history(RoutingContext ctx, boolean csv) {
    String profile = params.profile(ctx);
    long id = Params.id(ctx);
    return view(id, profile).compose(v -> read.datasetHistory(id, profile).map(points -> {
      if (csv) {
        Csv out = new Csv(RankingApi.header(rankings.dims(profile), "week", "score", "rating"));
        for (DatasetPoint p : points) {
          List<Object> cells = new ArrayList<>(List.of(p.week().toString(), ApiViews.round(p.percent()),
              p.rating() == null ? "" : p.rating()));
          cells.addAll(ApiViews.dimensionCells(p.dimensions(), rankings.dims(profile)));
          cells.add(v.dataset().distributions().size());
          cells.add(p.findings());
          out.row(cells);
        }
        return out.body("dataset-" + id + "-history-" + profile + ".csv");
      }
      JsonArray out = new JsonArray();
      points.forEach(p -> out.add(new JsonObject().put("week", p.week().toString())
          .put("score", ApiViews.round(p.percent())).put("dimensions", ApiViews.dimensions(p.dimensions(), rankings.dims(profile)))
          .put("findings", p.findings()).put("rating", p.rating())));
      return Body.json(rankings.envelope(profile, null).put("dataset", id).put("title", v.dataset().title())
          .put("points", out));
    }));
  }

  Future<Body> dqv(RoutingContext ctx, boolean turtle) {
    String profile = params.profile(ctx);
    long id = Params.id(ctx);
    return view(id, profile).map(v -> new Dqv(ApiRouter.base(ctx), rankings.dims(profile)).dataset(v, profile)
        .simulated(rankings.simulated()).write(turtle, "dqv-dataset-" + id + "-" + profile));
  }
}
