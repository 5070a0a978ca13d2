package gt.observatorio.web.services;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.web.ops.OpsRoutes.SchedulerState;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl schedule of this node: each enabled source on its cron (Quartz, JDBC job store), kept in
 * step with the registry, plus the periodic tasks handed in (the compliance checks). Nothing runs with
 * {@code scheduler.enabled=false}.
 */
public final class Scheduling implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduling.class);

  private final Vertx vertx;
  private final SchedulerConfig config;
  private final DataSource dataSource;
  private final RegistryRepository registry;
  private final CrawlPipeline pipeline;
  private final Consumer<CrawlScheduler> tasks;
  private CrawlScheduler scheduler;
  private boolean closed;

  /** @param tasks schedules further periodic tasks on the scheduler once it exists */
  public Scheduling(Vertx vertx, SchedulerConfig config, DataSource dataSource, RegistryRepository registry,
      CrawlPipeline pipeline, Consumer<CrawlScheduler> tasks) {
    this.vertx = vertx;
    this.config = config;
    this.dataSource = dataSource;
    this.registry = registry;
    this.pipeline = pipeline;
    this.tasks = tasks;
  }

  /** Schedules the sources on their cron expressions and starts the scheduler. Blocking. */
  public synchronized void schedule(List<Source> toSchedule) {
    if (!config.enabled()) {
      LOG.info("scheduler disabled (scheduler.enabled=false): no crawl is scheduled");
      return;
    }
    if (scheduler == null) {
      scheduler = new CrawlScheduler(dataSource, config, new CrawlRunner(pipeline));
      pipeline.runsOn(scheduler.instanceId());
      scheduler.sync(toSchedule);
      tasks.accept(scheduler);
      scheduler.start();
    } else {
      scheduler.sync(toSchedule);
    }
  }

  /** Schedules every enabled source of the database (registry file's and admin API's) and starts ({@code serve}). */
  public void scheduleRegistered() {
    schedule(config.enabled() ? Blocking.await(registry.enabledSources()) : List.of());
  }

  /**
   * Makes the running schedule match the enabled sources of the database; the admin API calls it after
   * each source change. Does nothing when this node's scheduler is not running.
   */
  public Future<Void> rescheduleRegistered() {
    return registry.enabledSources().compose(enabled -> vertx.executeBlocking(() -> {
      synchronized (this) {
        if (scheduler != null && !closed) {
          scheduler.sync(enabled).forEach(p -> LOG.warn("no programada / not scheduled: {}", p));
        }
      }
      return null;
    }, true));
  }

  /** When a source's crawl will next run, if it is scheduled on this node's scheduler. */
  public synchronized Optional<Instant> nextCrawl(String sourceId) {
    return scheduler == null ? Optional.empty() : scheduler.nextFire(sourceId);
  }

  /** The Quartz scheduler once {@link #schedule} started it (never with {@code scheduler.enabled=false}). */
  public synchronized Optional<CrawlScheduler> scheduler() {
    return Optional.ofNullable(scheduler);
  }

  /** The scheduler's state as readiness reports it. */
  public synchronized SchedulerState state() {
    if (!config.enabled() || scheduler == null) {
      return SchedulerState.DISABLED;
    }
    return scheduler.running() ? SchedulerState.RUNNING : SchedulerState.STOPPED;
  }

  /** Fires no trigger any more (shutdown begins); running crawls go on. */
  public synchronized void standby() {
    closed = true;
    if (scheduler != null) {
      scheduler.standby();
    }
  }

  /** How many scheduled crawls run on this node now. */
  public synchronized int runningCrawls() {
    try {
      return scheduler == null ? 0 : scheduler.runningCrawls();
    } catch (IllegalStateException e) {
      return 0;
    }
  }

  /** Interrupts the scheduled crawls running on this node. */
  public synchronized void interruptCrawls() {
    if (scheduler != null) {
      scheduler.interruptCrawls();
    }
  }

  /** Shuts Quartz down without waiting for crawls still running (they were interrupted). */
  public synchronized void shutdownNow() {
    closed = true;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  /** No more scheduled crawls on this node. */
  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.close();
    }
  }

  /** Why {@code cron} may not be a source's schedule on this node (it fires more often than the minimum interval). */
  public java.util.Optional<String> cronProblem(String cron) {
    return gt.observatorio.engine.schedule.CronSpacing.tooFrequent(cron,
        java.util.TimeZone.getTimeZone(config.timeZone()), config.minCrawlIntervalSeconds());
  }
}
