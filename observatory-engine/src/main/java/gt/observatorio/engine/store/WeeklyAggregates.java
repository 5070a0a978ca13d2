package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;

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
   * keyed by the rule set's dimension ids. Only the latest published run of each source of the
   * institution in the week counts. An institution whose published catalogs are empty gets overall 0
   * under each profile the run scored with ($3).
   */
  private static final String INSERT = """
      with runs as (
        select distinct on (r.source_id) r.id
        from crawl_run r
        where r.institution_code = $1 and r.week = $2 and r.published
        order by r.source_id, r.finished_at desc nulls last, r.id desc),
      agg as (
        select rs.profile, avg(s.percent) as overall,
          count(*) as datasets, coalesce(sum(rd.distributions), 0) as distributions,
          coalesce(sum(s.findings), 0) as findings
        from run_score rs
        join score s on s.id = rs.score_id
        join run_dataset rd on rd.run_id = rs.run_id and rd.dataset_id = rs.dataset_id
        where rs.run_id in (select id from runs)
        group by rs.profile),
      dim as (
        select rs.profile, d.key, avg(d.value::float8) as value
        from run_score rs
        join score s on s.id = rs.score_id
        cross join lateral jsonb_each_text(s.dimensions) d
        where rs.run_id in (select id from runs)
        group by rs.profile, d.key),
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

  static Future<Void> recompute(SqlConnection conn, String institutionCode, String week,
      List<String> profiles) {
    Tuple key = Tuple.of(institutionCode, week);
    Tuple insert = Tuple.tuple().addString(institutionCode).addString(week)
        .addArrayOfString(profiles.toArray(String[]::new));
    return conn.preparedQuery(DELETE).execute(key)
        .compose(x -> conn.preparedQuery(INSERT).execute(insert))
        .compose(x -> rank(conn, week));
  }

  static Future<Void> rank(SqlConnection conn, String week) {
    return conn.preparedQuery(RANK).execute(Tuple.of(week)).mapEmpty();
  }
}
