package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What rescoring reads and writes: the published runs, the dataset versions each one saw, the probe
 * results as they stood when it ran, and its score links for one profile (replaced, then the week's
 * aggregates and ranks recomputed in the same transaction).
 */
public final class RescoreRepository {
  /** A published run to rescore. */
  public record PublishedRun(long id, String institutionCode, String week, Instant startedAt, Instant finishedAt) {}

  /** A dataset as one run saw it. */
  public record RunDataset(long datasetId, String contentHash, Dataset dataset) {}

  private static final String PUBLISHED_RUNS = """
      select id, institution_code, week, coalesce(started_at, queued_at) as started_at,
        coalesce(finished_at, started_at, queued_at) as finished_at
      from crawl_run where published order by id""";
  private static final String RUN_DATASETS = """
      select rd.dataset_id, v.content_hash, v.record
      from run_dataset rd join dataset_version v on v.id = rd.version_id
      where rd.run_id = $1 order by rd.dataset_id""";
  private static final String PROBES_AT = """
      select distinct on (p.url) p.url, p.packed
      from probe_observation p
      where md5(p.url)::uuid in (select md5(u)::uuid from unnest($1::text[]) as u) and p.url = any($1::text[])
        and p.first_checked <= $2
      order by p.url, p.id desc""";
  private static final String UNLINK = """
      update run_dataset rd set score_ids = array(
        select k.id from unnest(rd.score_ids) with ordinality as k(id, o)
        where not exists (select 1 from score s where s.id = k.id and s.profile = $2) order by k.o)
      where rd.run_id = $1""";

  private final Pool pool;
  private final CardInterner interner;

  public RescoreRepository(Pool pool) {
    this.pool = pool;
    this.interner = new CardInterner(pool);
  }

  public Future<List<PublishedRun>> publishedRuns() {
    return pool.query(PUBLISHED_RUNS).execute().map(rows -> Rows.list(rows, r -> new PublishedRun(r.getLong("id"),
        r.getString("institution_code"), r.getString("week"), Rows.instant(r, "started_at"),
        Rows.instant(r, "finished_at"))));
  }

  public Future<List<RunDataset>> datasetsOf(long runId) {
    return pool.preparedQuery(RUN_DATASETS).execute(Tuple.of(runId)).map(rows -> Rows.list(rows,
        r -> new RunDataset(r.getLong("dataset_id"), r.getString("content_hash"), PackedRows.dataset(r))));
  }

  /** The latest probe result of each URL first seen no later than {@code at}. */
  public Future<Map<String, ProbeResult>> probesAt(Collection<String> urls, Instant at) {
    if (urls.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    Tuple args = Tuple.tuple().addArrayOfString(urls.toArray(String[]::new))
        .addOffsetDateTime(at.atOffset(ZoneOffset.UTC));
    return pool.preparedQuery(PROBES_AT).execute(args).map(rows -> {
      Map<String, ProbeResult> out = new HashMap<>();
      for (Row r : rows) {
        out.put(r.getString("url"), PackedRows.probe(r));
      }
      return out;
    });
  }

  /**
   * Replaces a run's scores under one profile and recomputes its institution's week and the week's
   * ranks (for a shared source, of every institution it attributes datasets to), all in one transaction.
   */
  public Future<Void> replaceScores(PublishedRun run, String profile, List<Long> datasetIds, List<ScoreCard> cards) {
    CardColumns columns = CardColumns.of(cards);
    Long[] ids = datasetIds.toArray(Long[]::new);
    return interner.compact(columns.compaction()).compose(json -> pool.withTransaction(conn -> conn
        .preparedQuery(WeeklyAggregates.LOCK_WEEK).execute(Tuple.of(run.week()))
        .compose(x -> conn.preparedQuery(UNLINK).execute(Tuple.of(run.id(), profile)))
        .compose(x -> DatasetRepository.storeCards(conn, run.id(), ids, columns, json))
        .compose(x -> WeeklyAggregates.recomputeRun(conn, run.id(), List.of(profile)))
        .compose(x -> DatasetListing.refreshSourceOf(conn, run.id()))));
  }
}
