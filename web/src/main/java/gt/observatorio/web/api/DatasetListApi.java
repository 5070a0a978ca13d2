package gt.observatorio.web.api;

import gt.observatorio.rules.ruleset.DimensionSpec;
import gt.observatorio.engine.store.DatasetCatalog;
import gt.observatorio.engine.store.DatasetFilter;
import gt.observatorio.engine.store.DatasetSummary;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every dataset as last published, across institutions: filtered (institution, dimension, finding,
 * format, score range, text), sorted (score, name, modified) and paginated; JSON or CSV.
 */
final class DatasetListApi {
  /** CSV without page/size: up to this many datasets. */
  static final int CSV_ALL = 100_000;
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9.+/-]{1,40}");
  private final DatasetCatalog catalog;
  private final Params params;
  private final RankingApi rankings;

  DatasetListApi(DatasetCatalog catalog, Params params, RankingApi rankings) {
    this.catalog = catalog;
    this.params = params;
    this.rankings = rankings;
  }

  Future<Body> list(RoutingContext ctx, boolean csv) {
    String profile = params.profile(ctx);
    String dim = params.dimension(ctx, profile);
    String institution = Params.codeQuery(ctx, "institution");
    String format = ctx.request().getParam("format");
    if (format != null && !FORMAT.matcher(format).matches()) {
      throw ApiException.badRequest("Formato inválido.", "Invalid format.");
    }
    String q = ctx.request().getParam("q");
    if (q != null && (q.isBlank() || q.length() > 80)) {
      throw ApiException.badRequest("q debe tener de 1 a 80 caracteres.", "q must have 1 to 80 characters.");
    }
    String sort = ctx.request().getParam("sort");
    if (sort != null && !DatasetCatalog.sorts().contains(sort)) {
      throw ApiException.badRequest("Orden desconocido; use " + DatasetCatalog.sorts() + ".",
          "Unknown sort; use " + DatasetCatalog.sorts() + ".");
    }
    Double min = score(ctx, "minScore");
    Double max = score(ctx, "maxScore");
    boolean paged = ctx.request().getParam("page") != null || ctx.request().getParam("size") != null;
    int page = Params.integer(ctx, "page", 1, 1, 100_000);
    int size = csv && !paged ? CSV_ALL : Params.integer(ctx, "size", 50, 1, 500);
    DatasetFilter f = new DatasetFilter(profile, institution,
        dim, Params.word(ctx, "finding"), format, min, max, q == null ? null : q.strip(),
        sort == null ? "score" : sort, page, size);
    List<DimensionSpec> dims = params.dimensions(profile);
    return catalog.find(f).map(p -> csv ? csv(p.datasets(), profile, dims) : json(p, f, dims));
  }

  private Body json(DatasetCatalog.Page p, DatasetFilter f, List<DimensionSpec> dims) {
    JsonArray out = new JsonArray();
    for (DatasetSummary d : p.datasets()) {
      out.add(new JsonObject().put("id", d.datasetId()).put("institution", d.institutionCode())
          .put("source", d.sourceId()).put("identifier", d.identifier()).put("title", d.title())
          .put("modified", d.modified()).put("score", ApiViews.round(d.score())).put("rating", d.rating())
          .put("dimensions", ApiViews.dimensions(values(d), dims)).put("formats", new JsonArray(d.formatsJson()))
          .put("distributions", d.distributions()).put("findings", d.findings()));
    }
    return Body.json(rankings.envelope(f.profile(), null).put("total", p.total()).put("page", f.page())
        .put("size", f.size()).put("sort", f.sort()).put("datasets", out));
  }

  private static java.util.Map<String, Double> values(DatasetSummary d) {
    return gt.observatorio.engine.store.JsonCodec.dimensionsById(d.dimensionsJson());
  }

  private static Body csv(List<DatasetSummary> list, String profile, List<DimensionSpec> dims) {
    Csv out = new Csv(RankingApi.header(dims, "id", "institution", "identifier", "title", "modified", "formats", "score",
        "rating"));
    for (DatasetSummary d : list) {
      List<Object> cells = new ArrayList<>(List.of(d.datasetId(), d.institutionCode(), nz(d.identifier()),
          nz(d.title()), nz(d.modified()), String.join(" ", new JsonArray(d.formatsJson()).stream()
              .map(String::valueOf).toList()), ApiViews.round(d.score()), nz(d.rating())));
      cells.addAll(ApiViews.dimensionCells(values(d), dims));
      cells.add(d.distributions());
      cells.add(d.findings());
      out.row(cells);
    }
    return out.body("datasets-" + profile + ".csv");
  }

  private static Double score(RoutingContext ctx, String name) {
    String v = ctx.request().getParam(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d >= 0 && d <= 100) {
        return d;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw ApiException.badRequest(name + " debe ser un número de 0 a 100.", name + " must be a number from 0 to 100.");
  }

  private static Object nz(String s) {
    return s == null ? "" : s;
  }
}
