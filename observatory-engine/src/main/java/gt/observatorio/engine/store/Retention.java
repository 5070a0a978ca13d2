package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Prunes crawl details older than the retention period (by the runs' finish times and the probes'
 * last checks, which follow the pipeline's clock); versions and scores go once no kept run refers to
 * them. Weekly aggregates and each source's latest published run are never pruned. Pruning holds an
 * exclusive lock that batch storage takes shared, so a crawl never links to a row being deleted.
 *
 * <p>The interned bodies that cards refer to ({@code rule_text}, {@code card_rule}, {@code card_rule_set},
 * {@code card_rule_list}) are kept: every writing node remembers their ids across batches and runs
 * ({@link CardInterner}) and interns outside the batch's transaction, so deleting one no card refers to now could
 * leave a card written later pointing at nothing. They grow with the variety of findings, not with datasets or weeks.
 */
public final class Retention {
  /** Taken shared by every batch that links versions and scores, exclusive by pruning. */
  static final String LOCK_KEY = "hashtext('observatorio.retention')";

  /** Finished runs that did not publish, or whose source has a later published run. */
  private static final String DELETE_RUNS = """
      delete from crawl_run r
      where r.finished_at < $1 and (not r.published or exists (
        select 1 from crawl_run n
        where n.source_id = r.source_id and n.published
          and (n.week > r.week or (n.week = r.week and n.id > r.id))))""";
  private static final String DELETE_SCORES = """
      with kept as (select distinct unnest(score_ids) as id from run_dataset)
      delete from score s where not exists (select 1 from kept where kept.id = s.id)""";
  private static final String DELETE_VERSIONS = """
      delete from dataset_version v where not exists (select 1 from run_dataset rd where rd.version_id = v.id)""";
  private static final String DELETE_DATASETS = """
      delete from dataset d where not exists (select 1 from dataset_version v where v.dataset_id = d.id)
        and not exists (select 1 from score s where s.dataset_id = d.id)""";
  private static final String DELETE_PROBES = """
      delete from probe_observation p where p.last_checked < $1
        and exists (select 1 from probe_observation n where md5(n.url)::uuid = md5(p.url)::uuid and n.url = p.url and n.id > p.id)""";

  private final Pool pool;
  private final RetentionConfig cfg;

  public Retention(Pool pool, RetentionConfig cfg) {
    this.pool = pool;
    this.cfg = cfg;
  }

  /** What one pruning removed. */
  public record Report(int runs, int versions, int scores, int datasets, int probes) {}

  /** Prunes what is older than the retention period before {@code now}. */
  public Future<Report> prune(Instant now) {
    if (cfg.weeks() <= 0) {
      return Future.succeededFuture(new Report(0, 0, 0, 0, 0));
    }
    Tuple cutoff = Tuple.of(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(7L * cfg.weeks())),
        java.time.ZoneOffset.UTC));
    return pool.withTransaction(conn -> conn.query("select pg_advisory_xact_lock(" + LOCK_KEY + ")").execute()
        .compose(x -> count(conn, DELETE_RUNS, cutoff))
        .compose(runs -> count(conn, DELETE_SCORES, Tuple.tuple())
            .compose(scores -> count(conn, DELETE_VERSIONS, Tuple.tuple())
                .compose(versions -> count(conn, DELETE_DATASETS, Tuple.tuple())
                    .compose(datasets -> count(conn, DELETE_PROBES, cutoff)
                        .map(probes -> new Report(runs, versions, scores, datasets, probes)))))));
  }

  private static Future<Integer> count(SqlConnection conn, String sql, Tuple args) {
    return conn.preparedQuery(sql).execute(args).map(rows -> rows.rowCount());
  }
}
