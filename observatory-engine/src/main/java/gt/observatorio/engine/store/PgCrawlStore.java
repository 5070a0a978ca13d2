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

/** {@link CrawlStore} on PostgreSQL: the repositories' futures, awaited through {@link Blocking}. */
final class PgCrawlStore implements CrawlStore {
  private final RunRepository runs;
  private final DatasetRepository datasets;
  private final ProbeRepository probes;
  private final RegistryRepository registry;

  private final ContestRepository contests;
  private volatile String node;

  PgCrawlStore(Pool pool) {
    this.runs = new RunRepository(pool);
    this.datasets = new DatasetRepository(pool);
    this.probes = new ProbeRepository(pool);
    this.registry = new RegistryRepository(pool);
    this.contests = new ContestRepository(pool);
  }

  @Override
  public CrawlRun start(Source source, IsoWeek week, Instant at) {
    return Blocking.await(runs.start(source, week, at, node));
  }

  @Override
  public CrawlRun enqueue(Source source, IsoWeek week, String requestKey, Instant at) {
    return Blocking.await(runs.enqueue(source, week, requestKey, at));
  }

  @Override
  public CrawlRun claim(long runId, Instant at) {
    return Blocking.await(runs.claim(runId, at, node));
  }

  @Override
  public void runsOn(String node) {
    this.node = node;
  }

  @Override
  public CrawlRun complete(long runId, RunOutcome outcome) {
    return Blocking.await(runs.complete(runId, outcome));
  }

  @Override
  public void storeBatch(long runId, String sourceId, List<DatasetRecord> batch) {
    Blocking.await(datasets.storeBatch(runId, sourceId, batch));
  }

  @Override
  public Map<String, StoredProbe> latestProbes(Collection<String> urls) {
    return Blocking.await(probes.latestProbes(urls));
  }

  @Override
  public void recordProbes(Map<String, StoredProbe> previous, Collection<ProbeResult> results, long runId,
      Instant at) {
    Blocking.await(probes.recordProbes(previous, results, runId, at));
  }

  @Override
  public Optional<Source> source(String id) {
    return Blocking.await(registry.source(id));
  }

  @Override
  public Map<String, List<Waiver>> waivers(String sourceId) {
    return Blocking.await(contests.waiversOfSource(sourceId));
  }
}
