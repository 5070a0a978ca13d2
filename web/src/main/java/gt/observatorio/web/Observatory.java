package gt.observatorio.web;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.web.laip.ChecksConfig;
import gt.observatorio.web.laip.ComplianceChecks;
import gt.observatorio.web.laip.LaipApi;
import gt.observatorio.web.laip.LaipJobs;
import gt.observatorio.web.laip.PlanApi;
import gt.observatorio.web.laip.plan.ActionPlan;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DatabaseUnavailableException;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.port.Prober;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.Retention;
import gt.observatorio.engine.store.RunRepository;
import gt.observatorio.engine.store.RuleSetRepository;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import gt.observatorio.web.api.AdminHooks;
import gt.observatorio.web.api.ApiRouter;
import gt.observatorio.web.ops.MeteredProber;
import gt.observatorio.web.ops.MeteredScorer;
import gt.observatorio.web.ops.OpsRoutes;
import gt.observatorio.web.ops.Telemetry;
import gt.observatorio.web.registry.Registry;
import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires Vert.x, metrics, the database, the crawler, the scorers, the pipeline,
 * the scheduler and the HTTP server from the settings, and stops them in reverse order.
 */
public final class Observatory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Observatory.class);

  /**
   * Request lines up to 32 KiB reach the router, so that an over-long query gets the API's own 400 with a
   * reason (problem+json) rather than the HTTP codec's bare 414.
   */
  private static final io.vertx.core.http.HttpServerOptions SERVER_OPTIONS =
      new io.vertx.core.http.HttpServerOptions().setMaxInitialLineLength(32 * 1024);

  private final Settings settings;
  private final Telemetry telemetry;
  private final Vertx vertx;
  private final Database db;
  private final Crawler crawler;
  private final List<Scorer> scorers;
  private final ActiveRuleSets ruleSets;
  private final java.util.Map<Scorer, Scorer> metered = new java.util.concurrent.ConcurrentHashMap<>();
  private final CrawlPipeline pipeline;
  private final boolean simulated;
  private final ThreadPoolExecutor crawls;
  private volatile List<HttpServer> http = List.of();
  private volatile List<Source> sources = List.of();
  private volatile boolean closed;
  private CrawlScheduler scheduler;
  private final Clock clock;
  private final ComplianceChecks compliance;
  private final java.util.concurrent.atomic.AtomicLong harvested = new java.util.concurrent.atomic.AtomicLong();

  private Observatory(Settings settings, Telemetry telemetry, Vertx vertx, Database db, Crawler crawler,
      ActiveRuleSets ruleSets, Clock clock, boolean simulated) {
    this.settings = settings;
    this.telemetry = telemetry;
    this.vertx = vertx;
    this.db = db;
    this.crawler = crawler;
    this.ruleSets = ruleSets;
    this.scorers = ruleSets.scorers().stream()
        .map(s -> (Scorer) new MeteredScorer(s, telemetry.registry())).toList();
    this.simulated = simulated;
    this.clock = clock;
    this.compliance = new ComplianceChecks(vertx, crawler, db.pool(), settings.laip(), settings.plan(), clock);
    Prober prober = new MeteredProber(crawler.prober(), telemetry.registry());
    // Each run takes the rule sets active at its start, so that a run is scored with one rule set.
    this.pipeline = new CrawlPipeline(db.pool(), kind -> new CountingHarvester(crawler.harvester(kind), harvested), prober, this::scorersForRun, clock,
        settings.pipeline(), telemetry.registry());
    int threads = Math.max(1, settings.scheduler().threads());
    this.crawls = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> new Thread(r, "observatorio-crawl"));
    Gauge.builder("observatorio.crawl.queue", crawls, e -> e.getQueue().size())
        .description("Crawls waiting for a worker on this node").register(telemetry.registry());
  }

  /** Starts the database (embedded or external) and wires every part. Blocking. */
  public static Observatory start(Settings settings, Clock clock, boolean simulated) {
    Telemetry telemetry = new Telemetry();
    ActiveRuleSets ruleSets = new ActiveRuleSets(settings.rules());
    Vertx vertx = telemetry.vertx();
    Database db;
    try {
      db = Database.start(vertx, settings.db());
    } catch (DatabaseUnavailableException e) {
      await(vertx.close());
      throw new DatabaseUnavailableException(settings.loader().originOf(e.key()), e.key(), e.reason(), e);
    } catch (RuntimeException e) {
      await(vertx.close());
      throw e;
    }
    try {
      ruleSets.useAll(await(new RuleSetRepository(db.pool()).active()));
    } catch (RuntimeException e) {
      db.close();
      await(vertx.close());
      throw e;
    }
    Crawler crawler = Crawler.create(settings.crawler(), clock);
    return new Observatory(settings, telemetry, vertx, db, crawler, ruleSets, clock, simulated);
  }

  /**
   * The scorers of a crawl run about to start: the rule sets active in the database now (an activation on
   * another node included), metered. When the database cannot be read, the rule sets this node last knew.
   */
  private List<Scorer> scorersForRun() {
    try {
      ruleSets.follow(await(new RuleSetRepository(db.pool()).active()));
    } catch (RuntimeException e) {
      LOG.warn("reglas activas no leídas / active rule sets not read: {}", e.toString());
    }
    return ruleSets.pinned().stream()
        .map(s -> metered.computeIfAbsent(s, x -> new MeteredScorer(x, telemetry.registry()))).toList();
  }

  /** The rule set each profile scores with (shipped or stored through the admin API), swappable at run time. */
  public ActiveRuleSets ruleSets() {
    return ruleSets;
  }

  public Vertx vertx() {
    return vertx;
  }

  public Database database() {
    return db;
  }

  public CrawlPipeline pipeline() {
    return pipeline;
  }

  /**
   * Daily housekeeping for {@code serve}: prunes crawl details older than {@code retention.weeks}
   * (rankings and history are kept). With the scheduler disabled it also checks the Article 10 portals
   * among the sources (otherwise a Quartz task does, on {@code checks.art10Cron}). Blocking.
   */
  public void housekeeping(List<Source> candidates) {
    Retention.Report pruned = await(new Retention(db.pool(), settings.retention()).prune(clock.instant()));
    LOG.info("retención / retention: {} runs, {} versions, {} scores, {} probe changes pruned",
        pruned.runs(), pruned.versions(), pruned.scores(), pruned.probes());
    if (!settings.scheduler().enabled()) {
      compliance.checkArticle10(candidates);
    }
  }

  /**
   * On a single node, runs left running by a previous process (killed, or stopped past its grace
   * period) can never finish: they are marked failed so that they are neither shown nor published.
   */
  public void abandonStaleRuns() {
    if (!settings.scheduler().clustered()) {
      List<CrawlRun> abandoned = await(new RunRepository(db.pool()).abandon(clock.instant(), clock.instant()));
      if (!abandoned.isEmpty()) {
        LOG.warn("{} ejecuciones interrumpidas marcadas como fallidas / interrupted runs marked failed", abandoned.size());
      }
    }
  }

  /** Datasets harvested by this node's crawls since it started (for progress bars). */
  public long harvestedCount() {
    return harvested.get();
  }

  /** The Article 10 and action plan checks of this node. */
  public ComplianceChecks compliance() {
    return compliance;
  }

  /** The Quartz scheduler once {@link #schedule} started it (never with {@code scheduler.enabled=false}). */
  public synchronized java.util.Optional<CrawlScheduler> scheduler() {
    return java.util.Optional.ofNullable(scheduler);
  }

  /** The scorers, one per profile (metered), the default profile first. */
  public List<Scorer> scorers() {
    return scorers;
  }

  public Telemetry telemetry() {
    return telemetry;
  }

  /** Stores the registry's institutions and sources. */
  public void register(Registry registry) {
    await(new RegistryRepository(db.pool()).upsert(registry.institutions(), registry.sources()));
    sources = registry.sources();
  }

  /** The sources of the registry last registered. */
  public List<Source> registeredSources() {
    return sources;
  }

  /** Schedules the sources on their cron expressions (Quartz, JDBC job store) and starts the scheduler. */
  public synchronized void schedule(List<Source> toSchedule) {
    if (!settings.scheduler().enabled()) {
      LOG.info("scheduler disabled (scheduler.enabled=false): no crawl is scheduled");
      return;
    }
    if (scheduler == null) {
      scheduler = new CrawlScheduler(db.dataSource(), settings.scheduler(),
          new CrawlRunner(new RegistryRepository(db.pool()), pipeline));
      scheduler.sync(toSchedule);
      LaipJobs.schedule(scheduler, ChecksConfig.from(settings.loader()),
          () -> compliance.checkArticle10(await(new RegistryRepository(db.pool()).sources())),
          compliance::checkPlanEvidence);
      scheduler.start();
    } else {
      scheduler.sync(toSchedule);
    }
  }

  /**
   * Schedules every enabled source of the database (the registry file's and those added through the
   * admin API) and starts the scheduler ({@code serve}). Blocking.
   */
  public synchronized void scheduleRegistered() {
    if (settings.scheduler().enabled()) {
      schedule(await(new RegistryRepository(db.pool()).enabledSources()));
    } else {
      schedule(List.of());
    }
  }

  /**
   * Makes the running schedule match the enabled sources of the database; the admin API calls it after
   * each source change. Does nothing when this node's scheduler is not running. Blocking.
   */
  public synchronized void rescheduleRegistered() {
    if (scheduler == null || closed) {
      return;
    }
    List<Source> enabled = await(new RegistryRepository(db.pool()).enabledSources());
    scheduler.sync(enabled).forEach(p -> LOG.warn("no programada / not scheduled: {}", p));
  }

  /** When a source's crawl will next run, if it is scheduled on this node's scheduler. */
  public synchronized Optional<java.time.Instant> nextCrawl(String sourceId) {
    return scheduler == null ? Optional.empty() : scheduler.nextFire(sourceId);
  }

  /** Crawls the sources now, several at a time (scheduler.threads), and waits for every run. */
  public List<CrawlRun> crawlAll(List<Source> toCrawl) {
    List<java.util.concurrent.Future<CrawlRun>> futures = new ArrayList<>();
    for (Source s : toCrawl) {
      futures.add(crawls.submit(() -> pipeline.crawl(s)));
    }
    List<CrawlRun> runs = new ArrayList<>();
    for (java.util.concurrent.Future<CrawlRun> f : futures) {
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
  private void crawlInBackground(Source source) {
    crawls.execute(() -> {
      try {
        pipeline.crawl(source);
      } catch (RuntimeException e) {
        LOG.error("rastreo de {} fallido / crawl of {} failed", source.id(), source.id(), e);
      }
    });
  }

  /** Serves the API, the page, the metrics and the health checks; the future gives the port bound. */
  public Future<Integer> serve(WebConfig web) {
    Set<String> profiles = Set.copyOf(scorers.stream().map(s -> s.ruleSet().profile()).toList());
    ApiRouter api = new ApiRouter(new PgReadModel(db.pool()), db.pool(), profiles,
        settings.pipeline().profile(), simulated, web.cacheSeconds(), ruleSets,
        new AdminHooks(this::crawlInBackground, this::rescheduleRegistered));
    ActionPlan actionPlan = compliance.plan();
    Router router = api.build(vertx, web.corsOrigin(), r -> {
      new LaipApi(new LaipRepository(db.pool()), simulated).mount(r);
      new PlanApi(actionPlan, new PlanRepository(db.pool()), clock, new TokenRepository(db.pool())).mount(r);
    });
    new OpsRoutes(vertx, telemetry, db.pool(), db.dataSource(), this::schedulerState).mount(router);
    // One server per core on the same port: Vert.x shares the socket and spreads connections over the
    // servers' event loops (a single server created here would serve every connection on one loop).
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    // Port 0 asks for a random port; Vert.x shares one random port among servers that ask with -1.
    int port = web.port() == 0 ? -1 : web.port();
    List<Future<HttpServer>> all = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      all.add(vertx.createHttpServer(SERVER_OPTIONS).requestHandler(router).listen(port, web.host()));
    }
    return Future.all(all).map(done -> {
      http = all.stream().map(Future::result).toList();
      return http.get(0).actualPort();
    });
  }

  private synchronized OpsRoutes.SchedulerState schedulerState() {
    if (!settings.scheduler().enabled() || scheduler == null) {
      return OpsRoutes.SchedulerState.DISABLED;
    }
    try {
      boolean running = scheduler.quartz().isStarted() && !scheduler.quartz().isShutdown()
          && !scheduler.quartz().isInStandbyMode();
      return running ? OpsRoutes.SchedulerState.RUNNING : OpsRoutes.SchedulerState.STOPPED;
    } catch (org.quartz.SchedulerException e) {
      return OpsRoutes.SchedulerState.STOPPED;
    }
  }

  /**
   * Stops in reverse order: no new requests or scheduled crawls, running crawls given
   * {@code web.shutdownGraceSeconds} to finish (an interrupted run is never published and is crawled
   * again at its next fire), then the crawler, the database and Vert.x.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (HttpServer server : http) {
      quietly(() -> await(server.close()));
    }
    if (scheduler != null) {
      quietly(scheduler::close);
    }
    crawls.shutdown();
    try {
      if (!crawls.awaitTermination(settings.web().shutdownGraceSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("crawls still running after {} s: interrupting them", settings.web().shutdownGraceSeconds());
        crawls.shutdownNow();
        crawls.awaitTermination(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      crawls.shutdownNow();
      Thread.currentThread().interrupt();
    }
    quietly(crawler::close);
    quietly(db::close);
    quietly(() -> await(vertx.close()));
    quietly(telemetry::close);
    LOG.info("observatorio detenido / stopped");
  }

  /** Waits for a Vert.x future from a non-event-loop thread. */
  public static <T> T await(Future<T> future) {
    return future.toCompletionStage().toCompletableFuture().join();
  }

  private static void quietly(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("while stopping: {}", e.toString());
    }
  }
}
