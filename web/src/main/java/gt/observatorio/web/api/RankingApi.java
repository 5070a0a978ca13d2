package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.store.ReadModel;
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

  JsonObject envelope(String profile, String week) {
    return new JsonObject().put("profile", profile).put("week", week).put("simulated", simulated);
  }

  Future<Body> rankings(RoutingContext ctx, boolean csv) {
    String profile = params.profile(ctx);
    String weekParam = ctx.request().getParam("week");
    Dimension dim = Params.dimension(ctx);
    String type = Params.word(ctx, "type");
    String sector = Params.word(ctx, "sector");
    Future<Optional<IsoWeek>> week = weekParam == null
        ? read.latestWeek(profile) : Future.succeededFuture(Optional.of(Params.week(weekParam)));
    return week.compose(w -> (w.isEmpty() ? Future.succeededFuture(List.<RankingRow>of())
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

  private Body json(List<RankingRow> rows, String profile, String week, Dimension dim) {
    JsonArray out = new JsonArray();
    rows.forEach(r -> out.add(ApiViews.rankingRow(r)));
    JsonObject body = envelope(profile, week).put("institutions", out);
    if (dim != null) {
      body.put("sortedBy", dim.id());
    }
    return Body.json(body);
  }

  private static Body csv(List<RankingRow> rows, String profile, String week) {
    Csv csv = new Csv(header("rank", "code", "name", "type", "sector", "score"));
    for (RankingRow r : rows) {
      List<Object> cells = new ArrayList<>(List.of(r.week().rank(), r.institution().code(), r.institution().name(),
          nz(r.institution().type()), nz(r.institution().sector()), ApiViews.round(r.week().overall())));
      for (Dimension d : Dimension.values()) {
        Double v = r.week().dimensions().get(d);
        cells.add(v == null ? null : ApiViews.round(v));
      }
      cells.add(r.week().datasets());
      cells.add(r.week().findings());
      cells.add(r.deltaFromPreviousWeek() == null ? null : ApiViews.round(r.deltaFromPreviousWeek()));
      csv.row(cells);
    }
    return csv.body("ranking-" + profile + "-" + (week == null ? "none" : week) + ".csv");
  }

  static String[] header(String... first) {
    List<String> h = new ArrayList<>(List.of(first));
    for (Dimension d : Dimension.values()) {
      h.add(d.id());
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
          .put("score", ApiViews.round(a.overall())).put("dimensions", ApiViews.dimensions(a.dimensions()))
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
