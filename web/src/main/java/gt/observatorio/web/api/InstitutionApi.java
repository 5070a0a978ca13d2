package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.rules.ruleset.DimensionSpec;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Institutions: list, detail, history, datasets with findings (filtered, paginated), exports, DQV. */
final class InstitutionApi {
  private final ReadModel read;
  private final Params params;
  private final RankingApi rankings;

  InstitutionApi(ReadModel read, Params params, RankingApi rankings) {
    this.read = read;
    this.params = params;
    this.rankings = rankings;
  }

  Future<Body> list(RoutingContext ctx) {
    return read.institutions().map(list -> {
      JsonArray out = new JsonArray();
      list.forEach(i -> out.add(ApiViews.institution(i)));
      return Body.json(new JsonObject().put("institutions", out));
    });
  }

  private <T> Future<T> known(String code, Function<Institution, Future<T>> then) {
    return read.institution(code).compose(i -> i.isEmpty()
        ? Future.failedFuture(Params.unknownInstitution(code)) : then.apply(i.get()));
  }

  Future<Body> history(RoutingContext ctx, boolean csv) {
    String profile = params.profile(ctx);
    String code = Params.code(ctx);
    return known(code, i -> read.history(code, profile).map(points -> {
      if (csv) {
        Csv out = new Csv(RankingApi.header(rankings.dims(profile), "week", "rank", "score"));
        for (InstitutionWeek w : points) {
          List<Object> cells = new ArrayList<>(List.of(w.week().toString(), w.rank(), ApiViews.round(w.overall())));
          cells.addAll(ApiViews.dimensionCells(w.dimensions(), rankings.dims(profile)));
          cells.add(w.datasets());
          cells.add(w.findings());
          out.row(cells);
        }
        return out.body("history-" + code + "-" + profile + ".csv");
      }
      JsonArray out = new JsonArray();
      points.forEach(p -> out.add(ApiViews.historyPoint(p, rankings.dims(profile))));
      return Body.json(rankings.envelope(profile, null).put("institution", ApiViews.institution(i))
          .put("points", out));
    }));
  }

  Future<Body> datasets(RoutingContext ctx, String format) {
    String profile = params.profile(ctx);
    String code = Params.code(ctx);
    String dim = params.dimension(ctx, profile);
    String rule = Params.word(ctx, "finding");
    boolean paged = ctx.request().getParam("page") != null || ctx.request().getParam("size") != null;
    int page = Params.integer(ctx, "page", 1, 1, 100_000);
    int size = Params.integer(ctx, "size", 50, 1, 500);
    return known(code, i -> read.latestDatasets(code, profile).map(list -> {
      List<DatasetView> kept = list.stream().filter(v -> matches(v, dim, rule)).toList();
      if (format.equals("findings")) {
        return findingsCsv(kept, code, profile);
      }
      List<DatasetView> shown = kept;
      if (paged) {
        int from = Math.min(kept.size(), (page - 1) * size);
        shown = kept.subList(from, Math.min(kept.size(), from + size));
      }
      if (format.equals("csv")) {
        return datasetsCsv(shown, code, profile, rankings.dims(profile));
      }
      JsonArray out = new JsonArray();
      shown.forEach(v -> out.add(ApiViews.dataset(v, rankings.dims(profile))));
      JsonObject body = rankings.envelope(profile, null).put("institution", ApiViews.institution(i))
          .put("total", kept.size()).put("datasets", out);
      if (paged) {
        body.put("page", page).put("size", size);
      }
      return Body.json(body);
    }));
  }

  Future<DatasetListing> allDatasets(String code, String profile) {
    return known(code, i -> read.latestDatasets(code, profile).map(l -> new DatasetListing(i, l)));
  }

  record DatasetListing(Institution institution, List<DatasetView> datasets) {}

  private static boolean matches(DatasetView v, String dim, String rule) {
    if (dim == null && rule == null) {
      return true;
    }
    for (RuleOutcome r : v.score().rules()) {
      for (Finding f : r.findings()) {
        if ((dim == null || dim.equals(f.dimension())) && (rule == null || f.ruleId().equals(rule))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Body datasetsCsv(List<DatasetView> list, String code, String profile, List<DimensionSpec> dims) {
    Csv out = new Csv(RankingApi.header(dims, "id", "identifier", "title", "score", "rating"));
    for (DatasetView v : list) {
      List<Object> cells = new ArrayList<>(List.of(v.datasetId(), v.dataset().identifier(),
          nz(v.dataset().title()), ApiViews.round(v.score().percent()), nz(v.score().rating())));
      cells.addAll(ApiViews.dimensionCells(v.score().dimensions(), dims));
      cells.add(v.dataset().distributions().size());
      cells.add(v.score().rules().stream().mapToInt(r -> r.findings().size()).sum());
      out.row(cells);
    }
    return out.body("datasets-" + code + "-" + profile + ".csv");
  }

  private static Body findingsCsv(List<DatasetView> list, String code, String profile) {
    Csv out = new Csv("dataset_id", "dataset", "rule", "dimension", "severity", "message_es", "message_en",
        "observed", "expected", "evidence", "advice_es", "advice_en");
    for (DatasetView v : list) {
      for (RuleOutcome r : v.score().rules()) {
        for (Finding f : r.findings()) {
          out.row(v.datasetId(), nz(v.dataset().title()), f.ruleId(), f.dimension(),
              f.severity().name().toLowerCase(java.util.Locale.ROOT),
              f.message() == null ? "" : f.message().es(), f.message() == null ? "" : f.message().en(),
              nz(f.observed()), nz(f.expected()), nz(f.evidence()),
              f.advice() == null ? "" : f.advice().es(), f.advice() == null ? "" : f.advice().en());
        }
      }
    }
    return out.body("findings-" + code + "-" + profile + ".csv");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  Future<Body> dqv(RoutingContext ctx, boolean turtle) {
    String profile = params.profile(ctx);
    String code = Params.code(ctx);
    return known(code, i -> read.history(code, profile).map(points -> new Dqv(ApiRouter.base(ctx), rankings.dims(profile))
        .institution(code, i.name(), points, profile).simulated(rankings.simulated()).write(turtle, "dqv-" + code + "-" + profile)));
  }
}
