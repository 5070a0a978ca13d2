package gt.observatorio.web.it;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.port.HostSlots;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.HostSlotRepository;
import gt.observatorio.engine.testing.CompletenessScorer;
import gt.observatorio.engine.testing.EngineFixture;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One observatory node with the real crawler (HTTP, robots.txt, per-host gate) on a shared database: its
 * own Vert.x, pool, crawler and clustered Quartz scheduler (its own instance id, one crawl thread). Its
 * requests carry a User-Agent naming the node, and host turns are shared through the database when the
 * crawler's {@code cluster.sharedHostSlots} says so (as {@code Observatory} wires it).
 */
final class PoliteNode implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final Database db;
  private final Crawler crawler;
  final CrawlScheduler scheduler;

  PoliteNode(DbConfig dbConfig, String instanceId, long delayMillis, String sharedHostSlots, List<Source> sources) {
    this.db = Database.start(vertx, dbConfig);
    CrawlerConfig cfg = CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE),
        Optional.empty(), Map.of(
            "OBSERVATORY_CRAWLER_USER_AGENT", userAgent(instanceId),
            "OBSERVATORY_CRAWLER_ALLOW_PRIVATE_ADDRESSES", "true",
            "OBSERVATORY_CRAWLER_PER_HOST_DELAY_MILLIS", Long.toString(delayMillis),
            "OBSERVATORY_CRAWLER_SNIFF_CONTENT", "false",
            "OBSERVATORY_CRAWLER_CONTENT_ENABLED", "false",
            "OBSERVATORY_CRAWLER_CLUSTER_SHARED_HOST_SLOTS", sharedHostSlots)));
    SchedulerConfig sched = new SchedulerConfig(true, true, 1, "UTC", instanceId, 60, 1, 0);
    this.crawler = Crawler.create(cfg, Clock.systemUTC(),
        cfg.cluster().shared(sched.clustered()) ? new HostSlotRepository(db.pool()) : HostSlots.LOCAL);
    CrawlPipeline pipeline = new CrawlPipeline(CrawlStore.over(db.pool()), crawler::harvester, crawler.prober(),
        List.of(new CompletenessScorer("observatorio")), Clock.systemUTC(), new PipelineConfig("observatorio", 5, 1000));
    this.scheduler = new CrawlScheduler(db.dataSource(), sched, new CrawlRunner(pipeline));
    pipeline.runsOn(scheduler.instanceId());
    scheduler.sync(sources);
    scheduler.start();
  }

  /** The User-Agent of a node's requests. */
  static String userAgent(String instanceId) {
    return "ObservatorioPruebaNodos/" + instanceId + " (+http://localhost/contacto)";
  }

  @Override
  public void close() {
    scheduler.close();
    crawler.close();
    db.close();
    EngineFixture.join(vertx.close());
  }
}
