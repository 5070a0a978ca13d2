package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.domain.Waiver;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store as the crawl pipeline sees it: blocking calls, made only from the observatory's own threads
 * (crawl workers, Quartz, the command line), never from a Vert.x event loop or worker (they fail there).
 * {@link #over} gives the PostgreSQL one, over the same repositories that serve the API with futures.
 */
public interface CrawlStore {
  /** Records a run of the source as running. */
  CrawlRun start(Source source, IsoWeek week, Instant at);

  /** The run of a request: a new queued one, or the one already recorded for the request key. */
  CrawlRun enqueue(Source source, IsoWeek week, String requestKey, Instant at);

  /** Marks a queued (or cut short) run as running on this node. */
  CrawlRun claim(long runId, Instant at);

  /**
   * Names the node whose runs this store records from now on (its Quartz instance id), so that a run whose node
   * died can be told from one still running; nothing by default.
   */
  default void runsOn(String node) {}

  /** Completes a run with its outcome, publishing it when it succeeded or is partial with datasets. */
  CrawlRun complete(long runId, RunOutcome outcome);

  /** Stores a batch of scored datasets seen by the run. */
  void storeBatch(long runId, String sourceId, List<DatasetRecord> batch);

  /** The latest stored probe of each URL that has one. */
  Map<String, StoredProbe> latestProbes(Collection<String> urls);

  /** Records probe results as changes against the previous ones. */
  void recordProbes(Map<String, StoredProbe> previous, Collection<ProbeResult> results, long runId, Instant at);

  /** A registered source. */
  Optional<Source> source(String id);

  /** Accepted contests on the source's datasets, by dataset identifier; none by default. */
  default Map<String, List<Waiver>> waivers(String sourceId) {
    return Map.of();
  }

  static CrawlStore over(Pool pool) {
    return new PgCrawlStore(pool);
  }
}
