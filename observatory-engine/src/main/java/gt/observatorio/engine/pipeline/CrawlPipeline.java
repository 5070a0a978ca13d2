package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.port.Harvester;
import gt.observatorio.engine.port.Prober;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.RunOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one source: harvest → probe → score → store, in batches, then completes the run in one
 * transaction that publishes it (and recomputes its institution's week and the week's ranks) when
 * it succeeded or is partial with datasets. A failed run changes no ranking and shows nothing.
 */
public final class CrawlPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlPipeline.class);
  private static final int MAX_STORED_ISSUES = 500;
  /** Micrometer timer of the time a harvested run takes to complete (publication and its events). */
  public static final String COMPLETION_TIMER = "observatorio.crawl.completion";

  private final Function<String, Harvester> harvesters;
  private final Prober prober;
  private final Supplier<List<Scorer>> scorers;
  private final Clock clock;
  private final PipelineConfig cfg;
  private final CrawlStore store;
  private final PipelineMetrics metrics;
  private final List<String> profiles;
  private volatile Supplier<PublisherMatcher> matcher = () -> new PublisherMatcher(List.of());
  private volatile Consumer<CrawlRun> published = run -> { };

  /** A pipeline that reports to Micrometer's global registry. */
  public CrawlPipeline(CrawlStore store, Function<String, Harvester> harvesters, Prober prober,
      List<Scorer> scorers, Clock clock, PipelineConfig cfg) {
    this(store, harvesters, prober, scorers, clock, cfg, Metrics.globalRegistry);
  }

  public CrawlPipeline(CrawlStore store, Function<String, Harvester> harvesters, Prober prober,
      List<Scorer> scorers, Clock clock, PipelineConfig cfg, MeterRegistry meters) {
    this(store, harvesters, prober, fixed(List.copyOf(scorers)), clock, cfg, meters);
  }

  /**
   * A pipeline whose scorers are asked for once per run (rule sets may change between runs, never
   * within one); they must always cover the same profiles.
   */
  public CrawlPipeline(CrawlStore store, Function<String, Harvester> harvesters, Prober prober,
      Supplier<List<Scorer>> scorers, Clock clock, PipelineConfig cfg, MeterRegistry meters) {
    this.metrics = new PipelineMetrics(meters);
    this.harvesters = harvesters;
    this.prober = prober;
    this.scorers = scorers;
    this.profiles = scorers.get().stream().map(s -> s.ruleSet().profile()).distinct().toList();
    this.clock = clock;
    this.cfg = cfg;
    this.store = store;
  }

  /**
   * Attributes the datasets of shared sources with the matcher supplied (asked for once per run, so that
   * aliases added to the registry count from the next run on). Without it they are attributed to nobody.
   */
  public CrawlPipeline attributeWith(Supplier<PublisherMatcher> matcher) {
    this.matcher = matcher;
    return this;
  }

  /**
   * Tells {@code listener} of each run this pipeline published, after its transaction committed (the events of
   * issue 17). A listener's failure is logged and never changes the run.
   */
  public CrawlPipeline afterPublishing(Consumer<CrawlRun> listener) {
    this.published = listener;
    return this;
  }

  /**
   * Records {@code node} (this node's Quartz instance id) on the runs it starts or resumes from now on, so that
   * the cluster can fail and crawl again a run whose node died (see {@code OrphanedRuns}).
   */
  public CrawlPipeline runsOn(String node) {
    store.runsOn(node);
    return this;
  }

  private static Supplier<List<Scorer>> fixed(List<Scorer> scorers) {
    return () -> scorers;
  }

  /** Crawls a source now. Blocking: call it from the observatory's own threads, never from a Vert.x thread. */
  public CrawlRun crawl(Source source) {
    return execute(source, store.start(source, IsoWeek.of(clock.instant()), clock.instant()));
  }

  /** A source as the registry holds it now (empty when no longer registered). */
  public Optional<Source> registered(String sourceId) {
    return store.source(sourceId);
  }

  /**
   * Crawls a source for a request, idempotently: a request already completed returns its run
   * unchanged; one found queued or cut short runs (again) as the same run. Blocking.
   *
   * @param requestKey identifies the request, e.g. a scheduled fire ({@code quartz:source@time})
   */
  public CrawlRun crawl(Source source, String requestKey) {
    if (requestKey == null || requestKey.isBlank()) {
      return crawl(source);
    }
    Instant now = clock.instant();
    CrawlRun queued = store.enqueue(source, IsoWeek.of(now), requestKey, now);
    if (queued.state().finished()) {
      LOG.info("request {} already ran as run {} ({})", requestKey, queued.id(), queued.state().id());
      return queued;
    }
    return execute(source, store.claim(queued.id(), clock.instant()));
  }

  private CrawlRun execute(Source source, CrawlRun run) {
    long t0 = System.nanoTime();
    CrawlRun done = runAndComplete(source, run);
    metrics.record(done, Duration.ofNanos(System.nanoTime() - t0));
    return done;
  }

  private CrawlRun runAndComplete(Source source, CrawlRun run) {
    LOG.info("run {} of source {} started (week {})", run.id(), source.id(), run.week());
    List<Scorer> pinned = List.copyOf(scorers.get());
    RunBatches batches = new RunBatches(run.id(), source.id(), store, prober, pinned, clock,
        cfg.batchSize(), cfg.probeCacheSize());
    if (source.shared()) {
      PublisherMatcher m = matcher.get();
      batches.attributing(d -> PublisherSpellings.attribute(m, d));
    }
    RunOutcome outcome;
    try {
      Harvester h = harvesters.apply(source.kind());
      if (h == null) {
        throw new IllegalStateException("no harvester for source kind " + source.kind());
      }
      HarvestSummary summary = h.harvest(source.catalog(), batches);
      stopIfInterrupted();
      batches.flush();
      stopIfInterrupted();
      outcome = outcome(summary, batches);
    } catch (Exception | StackOverflowError e) {
      LOG.warn("run {} of source {} failed", run.id(), source.id(), e);
      outcome = failed(batches, e);
    }
    try {
      long t0 = System.nanoTime();
      CrawlRun done = store.complete(run.id(), outcome);
      long stored = System.nanoTime();
      if (outcome.publishes()) {
        tellPublished(done);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      metrics.completed(took);
      LOG.info("run {} of source {} {} (completed in {} ms: database {} ms, events {} ms): {}", done.id(), source.id(),
          done.state().id(), took.toMillis(), (stored - t0) / 1_000_000, (System.nanoTime() - stored) / 1_000_000,
          done.message());
      return done;
    } catch (RuntimeException e) {
      LOG.error("run {} of source {}: completing failed", run.id(), source.id(), e);
      RunOutcome fail = failed(batches, e);
      // The database may be briefly unreachable: keep trying to record the failure, so that the run
      // does not stay "running" (its links are deleted and nothing of it is published).
      return Retry.forUpTo(Duration.ofSeconds(cfg.completionRetrySeconds()), () -> store.complete(run.id(), fail))
          .orElseGet(() -> {
            LOG.error("run {} of source {} could not be recorded as failed; it stays unpublished", run.id(),
                source.id());
            return new CrawlRun(run.id(), source.id(), RunState.FAILED, run.week(), run.startedAt(),
                clock.instant(), fail.datasets(), fail.distributions(), fail.probes(), fail.errors(), fail.message());
          });
    }
  }

  private void tellPublished(CrawlRun done) {
    try {
      published.accept(done);
    } catch (RuntimeException e) {
      LOG.warn("run {}: its events could not be recorded", done.id(), e);
    }
  }

  /** A crawl interrupted by shutdown is never published, even if its harvest ended normally. */
  private static void stopIfInterrupted() {
    if (Thread.interrupted()) {
      throw new IllegalStateException("interrumpida al detener el nodo / interrupted by shutdown");
    }
  }

  private RunOutcome outcome(HarvestSummary summary, RunBatches b) {
    List<HarvestIssue> issues = new ArrayList<>(summary.issues());
    issues.addAll(b.issues());
    if (issues.size() > MAX_STORED_ISSUES) {
      issues = new ArrayList<>(issues.subList(0, MAX_STORED_ISSUES));
    }
    int errors = summary.issues().size() + b.errors();
    RunState state = summary.failed() && b.datasets() == 0 ? RunState.FAILED
        : errors > 0 ? RunState.PARTIAL : RunState.SUCCEEDED;
    String message = switch (state) {
      case FAILED -> "No se pudo leer el catálogo / The catalog could not be read: "
          + (summary.issues().isEmpty() ? "" : summary.issues().get(0).message());
      case PARTIAL -> String.format("%d conjuntos, %d problemas / %d datasets, %d issues",
          b.datasets(), errors, b.datasets(), errors);
      default -> String.format("%d conjuntos leídos / %d datasets read", b.datasets(), b.datasets());
    };
    return new RunOutcome(state, b.datasets(), b.distributions(), b.probes(), errors, message, issues,
        clock.instant(), profiles);
  }

  private RunOutcome failed(RunBatches b, Throwable e) {
    List<HarvestIssue> issues = new ArrayList<>(b.issues());
    issues.add(new HarvestIssue("run.error", null, String.valueOf(e)));
    return new RunOutcome(RunState.FAILED, b.datasets(), b.distributions(), b.probes(), b.errors() + 1,
        "La ejecución falló / The run failed: " + e.getMessage(), issues, clock.instant(), profiles);
  }
}
