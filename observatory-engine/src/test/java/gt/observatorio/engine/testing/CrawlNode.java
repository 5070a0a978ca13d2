package gt.observatorio.engine.testing;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.schedule.OrphanedRuns;
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.RunRepository;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One observatory node as the service wires it (database, pipeline, clustered Quartz scheduler) on
 * a shared PostgreSQL, crawling a test catalog of {@code n} datasets, each handed over after a delay.
 * Its {@link #main} runs it in a child JVM that a test can kill.
 */
public final class CrawlNode implements AutoCloseable {
  /** The orphaned-runs task every 2 seconds (production: every minute). */
  static final String ORPHANS_CRON = "0/2 * * * * ?";
  public static final Source SOURCE = new Source("kill-ckan", "KILL", URI.create("http://portal.test/kill-ckan"),
      "ckan", null);

  private final Vertx vertx = Vertx.vertx();
  private final Database db;
  private final CrawlPipeline pipeline;
  public final CrawlScheduler scheduler;

  public CrawlNode(DbConfig db, String instanceId, int datasets, long delayMillis) {
    this.db = Database.start(vertx, db);
    InMemoryHarvester catalog = new InMemoryHarvester("ckan").serve(SOURCE.url(), catalog(datasets));
    SlowHarvester slow = new SlowHarvester(catalog, delayMillis);
    this.pipeline = new CrawlPipeline(CrawlStore.over(this.db.pool()), kind -> slow, new TableProber(Clock.systemUTC()),
        List.of(new CompletenessScorer("observatorio"), new CompletenessScorer("mqa")), Clock.systemUTC(),
        new PipelineConfig("observatorio", 5, 1000));
    RegistryRepository registry = new RegistryRepository(this.db.pool());
    EngineFixture.join(registry.upsert(List.of(new Institution("KILL", "Institución KILL", "ministerio", "x")),
        List.of(SOURCE)));
    scheduler = new CrawlScheduler(this.db.dataSource(),
        new SchedulerConfig(true, true, 2, "UTC", instanceId, 60, 1, 0), new CrawlRunner(pipeline));
    pipeline.runsOn(scheduler.instanceId());
    scheduler.sync(List.of(SOURCE));
    OrphanedRuns.schedule(scheduler, new RunRepository(this.db.pool()), Clock.systemUTC(), ORPHANS_CRON);
    scheduler.start();
  }

  public static List<Dataset> catalog(int n) {
    List<Dataset> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(EngineFixture.dataset(String.format("ds-%04d", i), "Conjunto " + i, "Descripción " + i,
          i % 2 == 0 ? "CC-BY-4.0" : null, "http://files.test/kill/" + i + ".csv"));
    }
    return out;
  }

  /** Starts {@link #main} in a child JVM with this JVM's class path; its output goes to {@code log}. */
  public static Process launch(DbConfig db, String instanceId, int datasets, long delayMillis, boolean trigger,
      Path log) throws IOException {
    return launch(db, instanceId, datasets, delayMillis, Boolean.toString(trigger), log);
  }

  /**
   * Like {@link #launch(DbConfig, String, int, long, boolean, Path)}; {@code start} is {@code true} (a crawl
   * through Quartz now), {@code false} (none) or {@code direct} (a crawl now outside Quartz, as the admin API
   * starts one: no job can resume it).
   */
  public static Process launch(DbConfig db, String instanceId, int datasets, long delayMillis, String start,
      Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CrawlNode.class.getName(), db.url(), instanceId, Integer.toString(datasets), Long.toString(delayMillis),
        start)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Arguments: database URL, instance id, datasets, delay per dataset (ms), start a crawl now (true, false, direct). */
  public static void main(String[] args) throws Exception {
    CrawlNode node = new CrawlNode(new DbConfig(args[0], "postgres", "", "", 0, 4), args[1],
        Integer.parseInt(args[2]), Long.parseLong(args[3]));
    if (args[4].equals("direct")) {
      node.pipeline.crawl(SOURCE);
    } else if (Boolean.parseBoolean(args[4])) {
      node.scheduler.triggerNow(SOURCE.id());
    }
    Thread.currentThread().join(); // runs until killed
  }

  @Override
  public void close() {
    scheduler.close();
    db.close();
    EngineFixture.join(vertx.close());
  }
}
