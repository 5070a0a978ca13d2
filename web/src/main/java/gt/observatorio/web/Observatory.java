package gt.observatorio.web;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.rules.RulesConfig;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.rules.Profiles;
import gt.observatorio.web.api.ApiRouter;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires Vert.x, the database, the crawler, the scorers, the pipeline and the
 * HTTP server from the settings, and closes them in reverse order.
 */
public final class Observatory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Observatory.class);

  private final Settings settings;
  private final Vertx vertx;
  private final Database db;
  private final Crawler crawler;
  private final List<Scorer> scorers;
  private final CrawlPipeline pipeline;
  private final boolean simulated;
  private final ExecutorService crawls;
  private volatile HttpServer http;
  private volatile List<Source> sources = List.of();
  private volatile boolean closed;
  private CrawlScheduler scheduler;

  private Observatory(Settings settings, Vertx vertx, Database db, Crawler crawler,
      List<Scorer> scorers, Clock clock, boolean simulated) {
    this.settings = settings;
    this.vertx = vertx;
    this.db = db;
    this.crawler = crawler;
    this.scorers = scorers;
    this.simulated = simulated;
    this.pipeline = new CrawlPipeline(db.pool(), crawler::harvester, crawler.prober(), scorers, clock,
        settings.pipeline());
    this.crawls = Executors.newFixedThreadPool(Math.max(1, settings.scheduler().threads()),
        r -> new Thread(r, "observatorio-crawl"));
  }

  /** Starts the database (embedded or external) and wires every part. Blocking. */
  public static Observatory start(Settings settings, Clock clock, boolean simulated) {
    List<Scorer> scorers = scorers(settings.rules());
    Vertx vertx = Vertx.vertx();
    Database db;
    try {
      db = Database.start(vertx, settings.db());
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
    Crawler crawler = Crawler.create(settings.crawler(), clock);
    return new Observatory(settings, vertx, db, crawler, scorers, clock, simulated);
  }

  /** One scorer per profile: the default profile first, then every other available one. */
  static List<Scorer> scorers(RulesConfig rules) {
    Optional<java.nio.file.Path> dir = rules.userDirPath();
    List<Scorer> out = new ArrayList<>();
    out.add(Profiles.load(rules.defaultProfile(), dir));
    for (String p : Profiles.available(dir)) {
      if (!p.equals(rules.defaultProfile())) {
        out.add(Profiles.load(p, dir));
      }
    }
    return out;
  }

  /** Schedules the sources on their cron expressions (Quartz, JDBC job store) and starts the scheduler. */
  public synchronized void schedule(List<Source> toSchedule) {
    if (!settings.scheduler().enabled()) {
      LOG.info("scheduler disabled (scheduler.enabled=false): no crawl is scheduled");
      return;
    }
    if (scheduler == null) {
      scheduler = new CrawlScheduler(db.dataSource(), settings.scheduler(), (sourceId, key) ->
          sources.stream().filter(s -> s.id().equals(sourceId)).findFirst()
              .ifPresentOrElse(s -> pipeline.crawl(s, key),
                  () -> LOG.warn("scheduled source {} is no longer registered", sourceId)));
      scheduler.sync(toSchedule);
      scheduler.start();
    } else {
      scheduler.sync(toSchedule);
    }
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

  /** Stores the registry's institutions and sources. */
  public void register(Registry registry) {
    await(new RegistryRepository(db.pool()).upsert(registry.institutions(), registry.sources()));
    sources = registry.sources();
  }

  /** The sources of the registry last registered. */
  public List<Source> registeredSources() {
    return sources;
  }

  /** Crawls the sources now, several at a time, and waits for every run. */
  public List<CrawlRun> crawlAll(List<Source> sources) {
    List<java.util.concurrent.Future<CrawlRun>> futures = new ArrayList<>();
    for (Source s : sources) {
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

  /** Serves the API and the page; the future gives the port actually bound. */
  public Future<Integer> serve(WebConfig web) {
    Set<String> profiles = Set.copyOf(scorers.stream().map(s -> s.ruleSet().profile()).toList());
    ApiRouter api = new ApiRouter(new PgReadModel(db.pool()), db.pool(), profiles,
        settings.pipeline().profile(), simulated, web.cacheSeconds(), settings.rules().userDirPath(),
        source -> crawls.submit(() -> pipeline.crawl(source)));
    return vertx.createHttpServer()
        .requestHandler(api.build(vertx, web.corsOrigin()))
        .listen(web.port(), web.host())
        .map(server -> {
          http = server;
          return server.actualPort();
        });
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (scheduler != null) {
      quietly(scheduler::close);
    }
    crawls.shutdownNow();
    HttpServer server = http;
    if (server != null) {
      quietly(() -> await(server.close()));
    }
    quietly(crawler::close);
    quietly(db::close);
    quietly(() -> await(vertx.close()));
    LOG.info("observatorio stopped");
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
