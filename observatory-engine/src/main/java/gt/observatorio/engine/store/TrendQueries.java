package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ranking's trend lines in one query: for every institution ranked in a week, its overall score in each week
 * of a window ending there, read from the covering history index ({@code institution_week_history_idx}: code,
 * profile, week, with overall), one range per institution and predecessor of its line.
 */
final class TrendQueries {
  private static final String TRENDS = """
      with recursive ranked as (
        select institution_code as code, rank from institution_week where week = $1 and profile = $2),
      line(code, member, depth) as (
        select code, code, 0 from ranked
        union all
        select l.code, i.replaces, l.depth + 1 from line l join institution i on i.code = l.member
        where i.replaces is not null and l.depth < 16)
      select r.code, p.week, p.overall
      from ranked r
      left join lateral (
        select distinct on (w.week) w.week, w.overall
        from line l join institution_week w on w.institution_code = l.member and w.profile = $2
          and w.week >= $3 and w.week <= $1
        where l.code = r.code
        order by w.week, l.depth) p on true
      order by r.rank, r.code, p.week""";

  private final Pool pool;

  TrendQueries(Pool pool) {
    this.pool = pool;
  }

  /** The institutions ranked in {@code week}, each with its scores over the {@code span} weeks up to it. */
  Future<Trends> trends(IsoWeek week, String profile, int span) {
    IsoWeek from = week.plusWeeks(1 - (long) span);
    return pool.preparedQuery(TRENDS).execute(Tuple.of(week.toString(), profile, from.toString()))
        .map(TrendQueries::trends);
  }

  private static Trends trends(RowSet<Row> rows) {
    TreeSet<String> weeks = new TreeSet<>();
    Map<String, Map<String, Double>> byCode = new LinkedHashMap<>();
    for (Row r : rows) {
      Map<String, Double> points = byCode.computeIfAbsent(r.getString("code"), c -> new LinkedHashMap<>());
      String w = r.getString("week");
      if (w != null) {
        weeks.add(w);
        points.put(w, r.getDouble("overall"));
      }
    }
    List<String> order = new ArrayList<>(weeks);
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    byCode.forEach((code, points) -> {
      Double[] line = new Double[order.size()];
      for (int i = 0; i < line.length; i++) {
        line[i] = points.get(order.get(i));
      }
      scores.put(code, Arrays.asList(line));
    });
    return new Trends(order.stream().map(IsoWeek::parse).toList(), scores);
  }
}
