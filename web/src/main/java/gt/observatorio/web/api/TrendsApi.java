package gt.observatorio.web.api;

import gt.observatorio.engine.store.ReadModel;
import gt.observatorio.engine.store.Trends;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * The ranking's trend lines in one answer ({@code GET /api/v1/rankings/trends}): the overall score of every
 * institution ranked in a week over the weeks before it, so that the dashboard draws its sparklines without
 * asking one history per institution.
 */
final class TrendsApi {
  /** Weeks of the window when the request does not say (half a year). */
  static final int DEFAULT_WEEKS = 26;
  /** The longest window (five years, the default retention of weekly points). */
  static final int MAX_WEEKS = 260;

  private final ReadModel read;
  private final Params params;
  private final RankingApi rankings;

  TrendsApi(ReadModel read, Params params, RankingApi rankings) {
    this.read = read;
    this.params = params;
    this.rankings = rankings;
  }

  Future<Body> trends(RoutingContext ctx) {
    String profile = params.profile(ctx);
    int span = Params.integer(ctx, "weeks", DEFAULT_WEEKS, 1, MAX_WEEKS);
    return rankings.askedWeek(ctx, profile).compose(w -> w.isEmpty()
        ? Future.succeededFuture(json(profile, null, new Trends(List.of(), Map.of())))
        : read.trends(w.get(), profile, span).map(t -> json(profile, w.get().toString(), t)));
  }

  private Body json(String profile, String week, Trends t) {
    JsonArray weeks = new JsonArray();
    t.weeks().forEach(w -> weeks.add(w.toString()));
    JsonObject lines = new JsonObject();
    t.scores().forEach((code, scores) -> {
      JsonArray line = new JsonArray();
      scores.forEach(s -> line.add(s == null ? null : ApiViews.round(s)));
      lines.put(code, line);
    });
    return Body.json(rankings.envelope(profile, week).put("weeks", weeks).put("trends", lines));
  }
}
