package gt.observatorio.web.api;

import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.rules.ruleset.DimensionSpec;
import gt.observatorio.rules.ruleset.RatingBand;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Rankings by week, profile, dimension, institution type and sector; weeks; averages; movers. */
final class RankingApi {
  private final ReadModel read;
  private final Params params;
  private final boolean simulated;

  RankingApi(ReadModel read, Params params, boolean simulated) {
    this.read = read;
    this.params = params;
    this.simulated = simulated;
  }

  /**
   * What every answer about a profile starts with; {@code dimensionInfo} and {@code ratings} describe the
   * profile's dimensions (labels, weights, scales) and rating bands, read from its active rule set.
   */
  JsonObject envelope(String profile, String week) {
    RuleSetDefinition def = params.ruleSet(profile);
    JsonArray ratings = new JsonArray();
    for (RatingBand b : def.rating()) {
      ratings.add(new JsonObject().put("id", b.id()).put("min", b.min()).put("label", ApiViews.text(b.label())));
    }
    return new JsonObject().put("profile", profile).put("week", week).put("simulated", simulated)
        .put("dimensionInfo", ApiViews.dimensionInfo(def.dimensions())).put("ratings", ratings);
  }

  /** Whether the data served is simulated (the demo). */
  boolean simulated() {
    return simulated;
  }

  List<DimensionSpec> dims(String profile) {
    return params.dimensions(profile);
  }

  Future<Body> rankings(RoutingContext ctx, boolean csv) {
    String profile = params.profile(ctx);
    String dim = params.dimension(ctx, profile);
    String type = Params.word(ctx, "type");
    String sector = Params.word(ctx, "sector");
    return askedWeek(ctx, profile).compose(w -> (w.isEmpty() ? Future.succeededFuture(List.<RankingRow>of())
        : read.rankings(w.get(), profile)).map(rows -> {
          List<RankingRow> out = new ArrayList<>();
          for (RankingRow r : rows) {
            if ((type == null || type.equalsIgnoreCase(r.institution().type()))
                && (sector == null || sector.equalsIgnoreCase(r.institution().sector()))) {
              out.add(r);
            }
          }
          if (dim != null) {
            out.sort(Comparator.comparingDouble((RankingRow r) -> -r.week().dimensions().getOrDefault(dim, -1.0))
                .thenComparing(r -> r.institution().code()));
          }
          String wk = w.map(IsoWeek::toString).orElse(null);
          return csv ? csv(out, profile, wk) : json(out, profile, wk, dim);
        }));
  }

  /** The week the request names ({@code week}), else the latest published under the profile (none: empty). */
  Future<Optional<IsoWeek>> askedWeek(RoutingContext ctx, String profile) {
    String weekParam = ctx.request().getParam("week");
    return weekParam == null
        ? read.latestWeek(profile) : Future.succeededFuture(Optional.of(Params.week(weekParam)));
  }

  private Body json(List<RankingRow> rows, String profile, String week, String dim) {
    JsonArray out = new JsonArray();
    List<DimensionSpec> dims = dims(profile);
    rows.forEach(r -> out.add(ApiViews.rankingRow(r, dims)));
    JsonObject body = envelope(profile, week).put("institutions", out);
    if (dim != null) {
      body.put("sortedBy", dim);
    }
    return Body.json(body);
  }

  private Body csv(List<RankingRow> rows, String profile, String week) {
    List<DimensionSpec> dims = dims(profile);
    Csv csv = new Csv(header(dims, "rank", "code", "name", "type", "sector", "score"));
    for (RankingRow r : rows) {
      List<Object> cells = new ArrayList<>(List.of(r.week().rank(), r.institution().code(), r.institution().name(),
          nz(r.institution().type()), nz(r.institution().sector()), ApiViews.round(r.week().overall())));
      cells.addAll(ApiViews.dimensionCells(r.week().dimensions(), dims));
      cells.add(r.week().datasets());
      cells.add(r.week().findings());
      cells.add(r.deltaFromPreviousWeek() == null ? null : ApiViews.round(r.deltaFromPreviousWeek()));
      csv.row(cells);
    }
    return csv.body("ranking-" + profile + "-" + (week == null ? "none" : week) + ".csv");
  }

  /** The first columns, then one column per dimension of the profile (its name), then the counts. */
  static String[] header(List<DimensionSpec> dims, String... first) {
    List<String> h = new ArrayList<>(List.of(first));
    for (DimensionSpec d : dims) {
      h.add(d.label().es() + " / " + d.label().en());
    }
    h.add("datasets");
    h.add("findings");
    if (first[0].equals("rank")) {
      h.add("delta");
    }
    return h.toArray(String[]::new);
  }

  private static Object nz(String s) {
    return s == null ? "" : s;
  }

  Future<Body> weeks(RoutingContext ctx) {
    String profile = params.profile(ctx);
    return read.weeks(profile).map(ws -> {
      JsonArray out = new JsonArray();
      ws.forEach(w -> out.add(w.toString()));
      return Body.json(envelope(profile, ws.isEmpty() ? null : ws.get(0).toString()).put("weeks", out));
    });
  }

  Future<Body> averages(RoutingContext ctx) {
    String profile = params.profile(ctx);
    return read.weeklyAverages(profile).map(list -> {
      JsonArray out = new JsonArray();
      list.forEach(a -> out.add(new JsonObject().put("week", a.week().toString())
          .put("score", ApiViews.round(a.overall())).put("dimensions", ApiViews.dimensions(a.dimensions(), dims(profile)))
          .put("institutions", a.institutions()).put("datasets", a.datasets())));
      return Body.json(envelope(profile, null).put("points", out));
    });
  }

  Future<Body> movers(RoutingContext ctx) {
    String profile = params.profile(ctx);
    int limit = Params.integer(ctx, "limit", 5, 1, 100);
    return read.weeks(profile).compose(ws -> {
      if (ws.size() < 2) {
        return Future.succeededFuture(Body.json(envelope(profile, null)
            .put("gains", new JsonArray()).put("losses", new JsonArray())));
      }
      return read.movers(ws.get(1), ws.get(0), profile, limit).map(m -> {
        JsonArray gains = new JsonArray();
        JsonArray losses = new JsonArray();
        m.gains().forEach(g -> gains.add(mover(g)));
        m.losses().forEach(g -> losses.add(mover(g)));
        return Body.json(envelope(profile, m.to().toString()).put("from", m.from().toString())
            .put("gains", gains).put("losses", losses));
      });
    });
  }

  private static JsonObject mover(gt.observatorio.engine.store.Mover m) {
    return ApiViews.institution(m.institution()).put("from", ApiViews.round(m.fromOverall()))
        .put("to", ApiViews.round(m.toOverall())).put("delta", ApiViews.round(m.delta()))
        .put("fromRank", m.fromRank()).put("toRank", m.toRank());
  }
}
