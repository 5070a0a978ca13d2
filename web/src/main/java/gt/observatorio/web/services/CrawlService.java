package gt.observatorio.web.services;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.pipeline.Rescorer;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.RescoreStore;
import gt.observatorio.web.ops.MeteredProber;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawls of this node: a pool of {@code scheduler.threads} crawl threads running the pipeline, for
 * crawls waited for ({@code crawl}, the demo, tests) and crawls in the background (the admin API).
 */
public final class CrawlService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

  private final CrawlPipeline pipeline;
  private final Function<Scorer, Rescorer> rescorers;
  private final AtomicLong harvested;
  private final ThreadPoolExecutor crawls;
  private final int graceSeconds;

  /**
   * @param rescorers the rescorer of a profile's scorer over the stored history
   * @param harvested counts the datasets harvested by this node's crawls (the pipeline's harvesters add to it)
   * @param graceSeconds how long {@link #close} lets running crawls finish before interrupting them
   */
  public CrawlService(CrawlPipeline pipeline, Function<Scorer, Rescorer> rescorers, AtomicLong harvested, int threads,
      int graceSeconds, MeterRegistry meters) {
    this.pipeline = pipeline;
    this.rescorers = rescorers;
    this.harvested = harvested;
    this.graceSeconds = graceSeconds;
    int n = Math.max(1, threads);
    this.crawls = new ThreadPoolExecutor(n, n, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> new Thread(r, "observatorio-crawl"));
    Gauge.builder("observatorio.crawl.queue", crawls, e -> e.getQueue().size())
        .description("Crawls waiting for a worker on this node").register(meters);
  }

  /**
   * The crawls of a node over the database: harvesters counted, probes metered, each run scored with the
   * rule sets active at its start (so that a run is scored with one rule set).
   */
  public static CrawlService start(Pool pool, Crawler crawler, RuleSetFollowing scoring, Clock clock,
      PipelineConfig config, int threads, int graceSeconds, MeterRegistry meters) {
    AtomicLong harvested = new AtomicLong();
    CrawlPipeline pipeline = new CrawlPipeline(CrawlStore.over(pool),
        kind -> new CountingHarvester(crawler.harvester(kind), harvested), new MeteredProber(crawler.prober(), meters),
        scoring::forRun, clock, config, meters);
    // Shared catalogs are attributed with the institutions (and aliases) stored at the start of each run.
    RegistryRepository registry = new RegistryRepository(pool);
    pipeline.attributeWith(() -> new PublisherMatcher(Blocking.await(registry.institutions())));
    return new CrawlService(pipeline, scorer -> new Rescorer(RescoreStore.over(pool), scorer), harvested, threads,
        graceSeconds, meters);
  }

  public CrawlPipeline pipeline() {
    return pipeline;
  }

  /** Recomputes the stored history under this scorer's rule set (the {@code rescore} command). */
  public Rescorer rescorer(Scorer scorer) {
    return rescorers.apply(scorer);
  }

  /** Datasets harvested by this node's crawls since it started (for progress bars). */
  public long harvestedCount() {
    return harvested.get();
  }

  /** Crawls the sources now, several at a time, and waits for every run. */
  public List<CrawlRun> crawlAll(List<Source> toCrawl) {
    List<Future<CrawlRun>> futures = new ArrayList<>();
    for (Source s : toCrawl) {
      futures.add(crawls.submit(() -> pipeline.crawl(s)));
    }
    List<CrawlRun> runs = new ArrayList<>();
    for (Future<CrawlRun> f : futures) {
      try {
        runs.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while crawling", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("crawl failed: " + e.getCause(), e.getCause());
      }
    }
    return runs;
  }

  /** Crawls a source on the crawl threads without waiting; a failure before the run is recorded is logged. */
  public void crawlInBackground(Source source) {
    crawls.execute(() -> {
      try {
        pipeline.crawl(source);
      } catch (RuntimeException e) {
        LOG.error("rastreo de {} fallido / crawl of {} failed", source.id(), source.id(), e);
      }
    });
  }

  /**
   * Takes no new crawl and gives the running ones the grace period to finish, then interrupts them (an
   * interrupted run is never published and is crawled again at its next fire).
   */
  /** Takes no more crawls (shutdown begins); those running go on. */
  public void stopAccepting() {
    crawls.shutdown();
  }

  /** Whether no crawl started here runs or waits any more (after {@link #stopAccepting}). */
  public boolean idle() {
    return crawls.isTerminated();
  }

  /** Interrupts the crawls running here (each then records its run as failed). */
  public void interrupt() {
    crawls.shutdownNow();
  }

  @Override
  public void close() {
    crawls.shutdown();
    try {
      if (!crawls.awaitTermination(graceSeconds, TimeUnit.SECONDS)) {
        LOG.warn("crawls still running after {} s: interrupting them", graceSeconds);
        crawls.shutdownNow();
        crawls.awaitTermination(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      crawls.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
