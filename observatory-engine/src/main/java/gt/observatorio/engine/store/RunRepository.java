package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.Source;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawl runs: queued → running → succeeded | failed | partial. Completing a run is one transaction
 * that sets its state and, when it publishes, recomputes its institution's week and the week's ranks;
 * a run that does not publish has its links removed, so nothing it wrote is ever visible.
 */
public final class RunRepository {
  private static final Logger LOG = LoggerFactory.getLogger(RunRepository.class);
  private static final String RETURNING = " returning " + Rows.RUN_COLUMNS;
  private static final String START = "insert into crawl_run (source_id, institution_code, state, week,"
      + " queued_at, started_at, node) values ($1, $2, 'running', $3, $4, $4, $5)" + RETURNING;
  private static final String COMPLETE = """
      update crawl_run set state = $2, datasets = $3, distributions = $4, probes = $5, errors = $6,
        message = $7, issues = cast($8::text as jsonb), finished_at = $9, published = $10
      where id = $1""" + RETURNING;

  private static final String ENQUEUE = "insert into crawl_run (source_id, institution_code, state, week,"
      + " request_key, queued_at) values ($1, $2, 'queued', $3, $4, $5)"
      + " on conflict (request_key) do nothing" + RETURNING;
  private static final String CLAIM = "update crawl_run set state = 'running', started_at = $2, finished_at = null,"
      + " node = $3 where id = $1 and state in ('queued', 'running')" + RETURNING;
  /**
   * Runs of a node that left the Quartz cluster (its row in {@code qrtz_scheduler_state} removed by the node that
   * recovered it) and that no job will resume: started outside Quartz (no request key), or whose source's job is
   * gone or does not request recovery.
   */
  private static final String ORPHANED = """
      select id from crawl_run r
      where r.state in ('queued', 'running') and r.node is not null
        and not exists (select 1 from qrtz_scheduler_state s where s.sched_name = $1 and s.instance_name = r.node)
        and (r.request_key is null or not exists (select 1 from qrtz_job_details j where j.sched_name = $1
          and j.job_group = 'crawl' and j.job_name = r.source_id and j.requests_recovery))
      for update skip locked""";
  private static final String FAIL_ORPHAN = """
      update crawl_run set state = 'failed', finished_at = $2, errors = errors + 1, published = false,
        message = 'Ejecución abandonada: su nodo dejó de funcionar y no puede reanudarse; se rastrea de nuevo'
          || ' / Run abandoned: its node died and it cannot be resumed; crawled again'
      where id = $1 and state in ('queued', 'running')""" + RETURNING;
  private static final String ABANDON = """
      update crawl_run set state = 'failed', finished_at = $2, errors = errors + 1, published = false,
        message = 'Ejecución abandonada (nodo detenido) / Run abandoned (node stopped)'
      where state in ('queued', 'running') and coalesce(started_at, queued_at) < $1""" + RETURNING;

  private final Pool pool;

  public RunRepository(Pool pool) {
    this.pool = pool;
  }

  /** Creates a run in state running for a source and week. */
  public Future<CrawlRun> start(Source source, IsoWeek week, Instant at) {
    return start(source, week, at, null);
  }

  /** Creates a run in state running for a source and week, run by {@code node} (its Quartz instance id, or null). */
  public Future<CrawlRun> start(Source source, IsoWeek week, Instant at, String node) {
    return pool.preparedQuery(START)
        .execute(Tuple.of(source.id(), source.institutionCode(), week.toString(), Rows.ts(at), node))
        .map(rows -> Rows.run(rows.iterator().next()));
  }

  /**
   * Queues a run for a request. The same request key always yields the same run: asking again for a
   * crawl already queued, running or done returns that run instead of a new one.
   */
  public Future<CrawlRun> enqueue(Source source, IsoWeek week, String requestKey, Instant at) {
    Tuple t = Tuple.tuple().addString(source.id()).addString(source.institutionCode())
        .addString(week.toString()).addString(requestKey).addOffsetDateTime(Rows.ts(at));
    return pool.preparedQuery(ENQUEUE).execute(t).compose(rows -> rows.size() > 0
        ? Future.succeededFuture(Rows.run(rows.iterator().next()))
        : pool.preparedQuery("select " + Rows.RUN_COLUMNS + " from crawl_run where request_key = $1")
            .execute(Tuple.of(requestKey)).map(r -> Rows.run(r.iterator().next())));
  }

  /**
   * Moves a queued run to running. A run found already running was cut short (its node died and the
   * job is being recovered): what it linked is dropped and it starts over.
   */
  public Future<CrawlRun> claim(long runId, Instant at) {
    return claim(runId, at, null);
  }

  /** Like {@link #claim(long, Instant)}, the run now run by {@code node} (its Quartz instance id, or null). */
  public Future<CrawlRun> claim(long runId, Instant at, String node) {
    return pool.withTransaction(conn -> unlink(conn, runId)
        .compose(x -> conn.preparedQuery(CLAIM).execute(Tuple.of(runId, Rows.ts(at), node)))
        .compose(rows -> rows.size() == 0
            ? Future.failedFuture(new IllegalStateException("crawl run " + runId + " is already finished"))
            : Future.succeededFuture(Rows.run(rows.iterator().next()))));
  }

  /** Fails runs queued or running since before {@code startedBefore} (e.g. at start-up of a single node). */
  public Future<List<CrawlRun>> abandon(Instant startedBefore, Instant now) {
    return pool.preparedQuery(ABANDON).execute(Tuple.of(Rows.ts(startedBefore), Rows.ts(now)))
        .map(rows -> Rows.list(rows, Rows::run));
  }

  /**
   * Fails the runs whose node died and that no job will resume (see {@code ORPHANED}), in one transaction: each
   * unpublished, its links removed, so nothing of it is ever shown.
   *
   * @param scheduler the Quartz scheduler name of the cluster
   * @return the runs failed
   */
  public Future<List<CrawlRun>> failOrphaned(String scheduler, Instant now) {
    return pool.withTransaction(conn -> conn.preparedQuery(ORPHANED).execute(Tuple.of(scheduler))
        .compose(rows -> {
          Future<List<CrawlRun>> out = Future.succeededFuture(new ArrayList<>());
          for (Row r : rows) {
            long id = r.getLong("id");
            out = out.compose(list -> unlink(conn, id)
                .compose(x -> conn.preparedQuery(FAIL_ORPHAN).execute(Tuple.of(id, Rows.ts(now))))
                .map(done -> {
                  done.forEach(d -> list.add(Rows.run(d)));
                  return list;
                }));
          }
          return out;
        }));
  }

  public Future<Optional<CrawlRun>> get(long id) {
    return pool.preparedQuery("select " + Rows.RUN_COLUMNS + " from crawl_run where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(Rows.run(rows.iterator().next())));
  }

  /** The most recent runs of every state, newest first. */
  public Future<List<CrawlRun>> recent(int limit) {
    return pool.preparedQuery("select " + Rows.RUN_COLUMNS + " from crawl_run order by id desc limit $1")
        .execute(Tuple.of(limit)).map(rows -> Rows.list(rows, Rows::run));
  }

  /** Finishes a run and, when it publishes, updates the weekly aggregates and the datasets list, in one transaction. */
  public Future<CrawlRun> complete(long runId, RunOutcome o) {
    return pool.withTransaction(conn -> conn
        .preparedQuery("select institution_code, week from crawl_run where id = $1 for update")
        .execute(Tuple.of(runId))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new IllegalArgumentException("no crawl run " + runId));
          }
          Row r = rows.iterator().next();
          String week = r.getString("week");
          StepTimes t = new StepTimes();
          return conn.preparedQuery(WeeklyAggregates.LOCK_WEEK).execute(Tuple.of(week))
              .map(t.step("lock"))
              .compose(x -> update(conn, runId, o)).map(t.step("update"))
              .compose(run -> (o.publishes()
                  ? WeeklyAggregates.recomputeRun(conn, runId, o.profiles()).map(t.step("weekly aggregates"))
                      .compose(x -> DatasetListing.refreshSourceOf(conn, runId)).map(t.step("datasets list"))
                  : unlink(conn, runId).map(t.step("unlink"))).map(run))
              .onSuccess(run -> LOG.info("run {} completed in the database: {}", runId, t));
        }));
  }

  private static Future<CrawlRun> update(SqlConnection conn, long runId, RunOutcome o) {
    Tuple t = Tuple.tuple().addLong(runId).addString(o.state().id()).addInteger(o.datasets())
        .addInteger(o.distributions()).addInteger(o.probes()).addInteger(o.errors())
        .addString(JsonCodec.clean(o.message())).addString(JsonCodec.issues(o.issues()))
        .addOffsetDateTime(Rows.ts(o.finishedAt())).addBoolean(o.publishes());
    return conn.preparedQuery(COMPLETE).execute(t).map(rows -> Rows.run(rows.iterator().next()));
  }

  private static Future<Void> unlink(SqlConnection conn, long runId) {
    return conn.preparedQuery("delete from run_dataset where run_id = $1").execute(Tuple.of(runId)).mapEmpty();
  }
}
