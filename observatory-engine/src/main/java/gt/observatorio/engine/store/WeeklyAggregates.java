package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-institution weekly aggregate ({@code institution_week}) and the week's ranks. Called inside
 * the transaction that publishes a run, after the week's advisory lock is held.
 */
final class WeeklyAggregates {
  /** Serialises publications of one week, so that concurrent runs never aggregate stale data. */
  static final String LOCK_WEEK = "select pg_advisory_xact_lock(hashtext('observatorio.week:' || $1))";

  private static final String DELETE = "delete from institution_week where institution_code = $1 and week = $2";

  /**
   * Overall = mean of the datasets' percent; per dimension id = mean of the datasets' values of that
   * dimension (datasets where a dimension was not measured are left out of that mean), stored as jsonb
   * keyed by the rule set's dimension ids. Only the latest published run of each source in the week
   * counts: the institution's own sources, and the shared sources (datos.gob.gt) for the datasets
   * attributed to it. An institution whose published catalogs are empty gets overall 0 under each
   * profile the run scored with ($3).
   */
  private static final String INSERT = """
      with latest as (
        select distinct on (r.source_id) r.id, r.institution_code, src.shared
        from crawl_run r join source src on src.id = r.source_id
        where r.week = $2 and r.published
        order by r.source_id, r.finished_at desc nulls last, r.id desc),
      runs as (
        select id, shared from latest
        where (not shared and institution_code = $1)
          or (shared and exists (select 1 from run_dataset rd where rd.run_id = latest.id and rd.institution_code = $1))),
      agg as (
        select s.profile, avg(s.percent) as overall,
          count(*) as datasets, coalesce(sum(rd.distributions), 0) as distributions,
          coalesce(sum(s.findings), 0) as findings
        from run_dataset rd
        join runs on runs.id = rd.run_id
        join score s on s.id = any(rd.score_ids)
        where not runs.shared or rd.institution_code = $1
        group by s.profile),
      dim as (
        select s.profile, d.key, avg(d.value::float8) as value
        from run_dataset rd
        join runs on runs.id = rd.run_id
        join score s on s.id = any(rd.score_ids)
        cross join lateral jsonb_each_text(s.dimensions) d
        where not runs.shared or rd.institution_code = $1
        group by s.profile, d.key),
      dims as (select profile, jsonb_object_agg(key, value) as dims from dim group by profile),
      profiles as (select unnest($3::text[]) as profile union select profile from agg)
      insert into institution_week (profile, week, institution_code, overall, dimensions, datasets,
        distributions, findings, rank, run_ids)
      select p.profile, $2, $1, coalesce(a.overall, 0), coalesce(d.dims, '{}'::jsonb),
        coalesce(a.datasets, 0), coalesce(a.distributions, 0), coalesce(a.findings, 0), 0,
        (select array_agg(id order by id) from runs)
      from profiles p left join agg a on a.profile = p.profile left join dims d on d.profile = p.profile
      where exists (select 1 from runs)""";

  /** Competition ranking ("1224"): equal overall scores share a rank. */
  private static final String RANK = """
      update institution_week w set rank = r.rk
      from (select profile, institution_code,
              rank() over (partition by profile order by round(overall::numeric, 6) desc) as rk
            from institution_week where week = $1) r
      where w.week = $1 and w.profile = r.profile and w.institution_code = r.institution_code
        and w.rank is distinct from r.rk""";

  private WeeklyAggregates() {}

  /**
   * The institutions whose week a published run of a shared source may change: those its datasets are
   * attributed to now and those an earlier run of the source in the week counted for.
   */
  static final String SHARED_AFFECTED = """
      select distinct rd.institution_code as code from run_dataset rd
      where rd.run_id = $1 and rd.institution_code is not null
      union
      select w.institution_code from institution_week w
      where w.week = $2 and w.run_ids && (select coalesce(array_agg(r.id), '{}') from crawl_run r
                                          where r.source_id = $3 and r.week = $2)""";

  /**
   * Recomputes the weeks a run's publication (or rescoring) changes: its institution's, and for a shared
   * source every institution its datasets are, or were this week, attributed to; then the week's ranks.
   */
  static Future<Void> recomputeRun(SqlConnection conn, long runId, List<String> profiles) {
    return conn.preparedQuery("""
        select r.institution_code, r.week, r.source_id, src.shared from crawl_run r
        join source src on src.id = r.source_id where r.id = $1""").execute(Tuple.of(runId)).compose(rows -> {
          Row r = rows.iterator().next();
          String week = r.getString("week");
          if (!Boolean.TRUE.equals(r.getBoolean("shared"))) {
            return recompute(conn, r.getString("institution_code"), week, profiles);
          }
          return conn.preparedQuery(SHARED_AFFECTED).execute(Tuple.of(runId, week, r.getString("source_id")))
              .compose(affected -> {
                Set<String> codes = new TreeSet<>();
                codes.add(r.getString("institution_code"));
                affected.forEach(a -> codes.add(a.getString("code")));
                Future<Void> f = Future.succeededFuture();
                for (String code : codes) {
                  f = f.compose(x -> replace(conn, code, week, profiles));
                }
                return f.compose(x -> rank(conn, week));
              });
        });
  }

  static Future<Void> recompute(SqlConnection conn, String institutionCode, String week,
      List<String> profiles) {
    return replace(conn, institutionCode, week, profiles).compose(x -> rank(conn, week));
  }

  private static Future<Void> replace(SqlConnection conn, String institutionCode, String week,
      List<String> profiles) {
    Tuple key = Tuple.of(institutionCode, week);
    Tuple insert = Tuple.tuple().addString(institutionCode).addString(week)
        .addArrayOfString(profiles.toArray(String[]::new));
    return conn.preparedQuery(DELETE).execute(key)
        .compose(x -> conn.preparedQuery(INSERT).execute(insert)).mapEmpty();
  }

  static Future<Void> rank(SqlConnection conn, String week) {
    return conn.preparedQuery(RANK).execute(Tuple.of(week)).mapEmpty();
  }
}
