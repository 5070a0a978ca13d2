package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The read model on PostgreSQL. Everything but {@link #runs(int)} reads published runs only. */
public final class PgReadModel implements ReadModel {
  private static final String RANKINGS = "select i.code, i.name, i.type, i.sector, " + Rows.WEEK_COLUMNS
      + ", p.overall as previous_overall"
      + """

      from institution_week w
      join institution i on i.code = w.institution_code
      left join lateral (select pw.overall from institution_week pw
                         where pw.institution_code in (w.institution_code, i.replaces) and pw.profile = w.profile
                           and pw.week < w.week
                         order by pw.week desc limit 1) p on true
      where w.week = $1 and w.profile = $2
      order by w.rank, i.code""";
  /** An institution's weeks, then those of the institutions it replaces (its line), one row per week. */
  private static final String HISTORY = """
      with recursive line(code, depth) as (
        select $1::text, 0
        union all
        select i.replaces, l.depth + 1 from institution i join line l on i.code = l.code
        where i.replaces is not null and l.depth < 16)
      select distinct on (w.week) """ + Rows.WEEK_COLUMNS + """

      from institution_week w join line l on l.code = w.institution_code
      where w.profile = $2 order by w.week, l.depth""";
  private static final String LATEST_DATASETS = """
      with runs as (
        select distinct on (r.source_id) r.id, r.source_id, r.finished_at, src.shared
        from crawl_run r join source src on src.id = r.source_id
        where r.published and (src.shared or r.institution_code = $1)
        order by r.source_id, r.week desc, r.finished_at desc nulls last, r.id desc)
      select rd.dataset_id, runs.source_id, runs.finished_at, v.record,
        score_card(s.card, s.dimensions, s.rating)::text as card
      from runs
      join run_dataset rd on rd.run_id = runs.id and (not runs.shared or rd.institution_code = $1)
      join dataset_version v on v.id = rd.version_id
      join score s on s.id = any(rd.score_ids) and s.profile = $2
      order by rd.dataset_id""";

  private static final String DATASET = """
      select rd.dataset_id, r.source_id, r.finished_at, v.record,
        score_card(s.card, s.dimensions, s.rating)::text as card
      from run_dataset rd
      join crawl_run r on r.id = rd.run_id and r.published
      join dataset_version v on v.id = rd.version_id
      join score s on s.id = any(rd.score_ids) and s.profile = $2
      where rd.dataset_id = $1
      order by r.week desc, r.finished_at desc nulls last, r.id desc
      limit 1""";
  private static final String MOVERS = """
      select i.code, i.name, i.type, i.sector, a.overall as from_overall, b.overall as to_overall,
        a.rank as from_rank, b.rank as to_rank
      from institution_week a
      join institution_week b on b.institution_code = a.institution_code and b.profile = a.profile
      join institution i on i.code = a.institution_code
      where a.profile = $1 and a.week = $2 and b.week = $3""";
  private static final String AVERAGES = """
      with dims as (
        select w.week, d.key, avg(d.value::float8) as value
        from institution_week w, jsonb_each_text(w.dimensions) d
        where w.profile = $1 group by w.week, d.key)
      select w.week, avg(w.overall) as overall, count(*)::int as institutions, sum(w.datasets)::int as datasets,
        (select coalesce(jsonb_object_agg(d.key, d.value), '{}'::jsonb) from dims d where d.week = w.week)::text as dims
      from institution_week w where w.profile = $1 group by w.week order by w.week""";

  private final Pool pool;
  private final RegistryRepository registry;
  private final RunRepository runs;
  private final DatasetHistoryQueries details;
  private final TrendQueries trends;

  public PgReadModel(Pool pool) {
    this.pool = pool;
    this.registry = new RegistryRepository(pool);
    this.runs = new RunRepository(pool);
    this.details = new DatasetHistoryQueries(pool);
    this.trends = new TrendQueries(pool);
  }

  @Override
  public Future<Optional<IsoWeek>> latestWeek(String profile) {
    return pool.preparedQuery("select max(week) as week from institution_week where profile = $1")
        .execute(Tuple.of(profile))
        .map(rows -> Optional.ofNullable(rows.iterator().next().getString("week")).map(IsoWeek::parse));
  }

  @Override
  public Future<List<RankingRow>> rankings(IsoWeek week, String profile) {
    return pool.preparedQuery(RANKINGS).execute(Tuple.of(week.toString(), profile))
        .map(rows -> Rows.list(rows, PgReadModel::rankingRow));
  }

  private static RankingRow rankingRow(Row r) {
    InstitutionWeek w = Rows.week(r);
    Double previous = r.getDouble("previous_overall");
    return new RankingRow(Rows.institution(r), w, previous == null ? null : w.overall() - previous);
  }

  @Override
  public Future<List<InstitutionWeek>> history(String institutionCode, String profile) {
    return pool.preparedQuery(HISTORY).execute(Tuple.of(institutionCode, profile))
        .map(rows -> Rows.list(rows, Rows::week));
  }

  @Override
  public Future<List<DatasetView>> latestDatasets(String institutionCode, String profile) {
    return pool.preparedQuery(LATEST_DATASETS).execute(Tuple.of(institutionCode, profile))
        .map(rows -> Rows.list(rows, PgReadModel::datasetView));
  }

  @Override
  public Future<Optional<DatasetView>> dataset(long datasetId, String profile) {
    return pool.preparedQuery(DATASET).execute(Tuple.of(datasetId, profile)).map(rows -> rows.size() == 0
        ? Optional.empty() : Optional.of(datasetView(rows.iterator().next())));
  }

  private static DatasetView datasetView(Row r) {
    return new DatasetView(r.getLong("dataset_id"), r.getString("source_id"),
        PackedRows.dataset(r),
        JsonCodec.scoreCard(r.getString("card")), Rows.instant(r, "finished_at"));
  }

  @Override
  public Future<Optional<Institution>> institution(String code) {
    return registry.institution(code);
  }

  @Override
  public Future<List<Institution>> institutions() {
    return registry.institutions();
  }

  @Override
  public Future<List<DatasetPoint>> datasetHistory(long datasetId, String profile) {
    return details.datasetHistory(datasetId, profile);
  }

  @Override
  public Future<List<ProbeChange>> probeHistory(String url, int limit) {
    return details.probeHistory(url, limit);
  }

  @Override
  public Future<Optional<RunDetails>> run(long runId) {
    return details.run(runId);
  }

  @Override
  public Future<List<IsoWeek>> weeks(String profile) {
    return pool.preparedQuery("select distinct week from institution_week where profile = $1 order by week desc")
        .execute(Tuple.of(profile)).map(rows -> Rows.list(rows, r -> IsoWeek.parse(r.getString("week"))));
  }

  @Override
  public Future<Movers> movers(IsoWeek from, IsoWeek to, String profile, int limit) {
    return pool.preparedQuery(MOVERS).execute(Tuple.of(profile, from.toString(), to.toString())).map(rows -> {
      List<Mover> all = Rows.list(rows, r -> new Mover(Rows.institution(r), r.getDouble("from_overall"),
          r.getDouble("to_overall"), r.getInteger("from_rank"), r.getInteger("to_rank")));
      Comparator<Mover> byDelta = Comparator.comparingDouble(Mover::delta);
      Comparator<Mover> tie = Comparator.comparing(m -> m.institution().code());
      List<Mover> gains = all.stream().filter(m -> m.delta() > 0)
          .sorted(byDelta.reversed().thenComparing(tie)).limit(limit).toList();
      List<Mover> losses = all.stream().filter(m -> m.delta() < 0)
          .sorted(byDelta.thenComparing(tie)).limit(limit).toList();
      return new Movers(from, to, profile, gains, losses);
    });
  }

  @Override
  public Future<Trends> trends(IsoWeek week, String profile, int span) {
    return trends.trends(week, profile, span);
  }

  @Override
  public Future<List<WeekAverage>> weeklyAverages(String profile) {
    return pool.preparedQuery(AVERAGES).execute(Tuple.of(profile)).map(rows -> Rows.list(rows,
        r -> new WeekAverage(IsoWeek.parse(r.getString("week")), r.getDouble("overall"), Rows.dimensions(r),
            r.getInteger("institutions"), r.getInteger("datasets"))));
  }

  /** The most recent runs of every state (running and failed ones included), newest first. */
  @Override
  public Future<List<CrawlRun>> runs(int limit) {
    return runs.recent(limit);
  }
}
