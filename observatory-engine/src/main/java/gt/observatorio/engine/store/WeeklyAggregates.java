package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The per-institution weekly aggregate ({@code institution_week}) and the week's ranks. Called inside
 * the transaction that publishes a run, after the week's advisory lock is held.
 */
final class WeeklyAggregates {
  /** Serialises publications of one week, so that concurrent runs never aggregate stale data. */
  static final String LOCK_WEEK = "select pg_advisory_xact_lock(hashtext('observatorio.week:' || $1))";

  private static final String DELETE = "delete from institution_week where institution_code = $1 and week = $2";

  /**
   * Overall = mean of the datasets' percent; per dimension = mean of the datasets' dimension scores
   * (datasets where a dimension was not measured are left out of that mean). Only the latest
   * published run of each source of the institution in the week counts.
   */
  private static final String INSERT = """
      with runs as (
        select distinct on (r.source_id) r.id
        from crawl_run r
        where r.institution_code = $1 and r.week = $2 and r.published
        order by r.source_id, r.finished_at desc nulls last, r.id desc)
      insert into institution_week (profile, week, institution_code, overall, format, freshness,
        licensing, metadata, accessibility, datasets, distributions, findings, rank, run_ids)
      select rs.profile, $2, $1, avg(s.percent),
        avg((s.dimensions ->> 'format')::float8), avg((s.dimensions ->> 'freshness')::float8),
        avg((s.dimensions ->> 'licensing')::float8), avg((s.dimensions ->> 'metadata')::float8),
        avg((s.dimensions ->> 'accessibility')::float8),
        count(*), coalesce(sum(rd.distributions), 0), coalesce(sum(s.findings), 0), 0,
        (select array_agg(id order by id) from runs)
      from run_score rs
      join score s on s.id = rs.score_id
      join run_dataset rd on rd.run_id = rs.run_id and rd.dataset_id = rs.dataset_id
      where rs.run_id in (select id from runs)
      group by rs.profile""";

  /** Competition ranking ("1224"): equal overall scores share a rank. */
  private static final String RANK = """
      update institution_week w set rank = r.rk
      from (select profile, institution_code,
              rank() over (partition by profile order by round(overall::numeric, 6) desc) as rk
            from institution_week where week = $1) r
      where w.week = $1 and w.profile = r.profile and w.institution_code = r.institution_code
        and w.rank is distinct from r.rk""";

  private WeeklyAggregates() {}

  static Future<Void> recompute(SqlConnection conn, String institutionCode, String week) {
    Tuple key = Tuple.of(institutionCode, week);
    return conn.preparedQuery(DELETE).execute(key)
        .compose(x -> conn.preparedQuery(INSERT).execute(key))
        .compose(x -> rank(conn, week));
  }

  static Future<Void> rank(SqlConnection conn, String week) {
    return conn.preparedQuery(RANK).execute(Tuple.of(week)).mapEmpty();
  }
}
