package gt.observatorio.engine.schedule;

import gt.observatorio.engine.domain.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz on the observatory's database: one durable job and one cron trigger per source.
 *
 * <p>Misfire policy: a crawl whose time passed while no node was running (or all were busy) runs
 * once as soon as a node can, then the schedule proceeds ({@code fireAndProceed}); missed weeks are
 * not replayed, since a crawl always observes the present. Jobs request recovery: a crawl cut short
 * by a dead node is run again by another node in the cluster. The runner is called on a Quartz
 * worker thread and should block until the crawl completes, so that one source never has two
 * crawls at a time anywhere in the cluster.
 */
public final class CrawlScheduler implements AutoCloseable {
  public static final String NAME = "observatorio";
  static final String GROUP = "crawl";
  private static final AtomicInteger DATA_SOURCES = new AtomicInteger();
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrawlScheduler.class);

  private final Scheduler scheduler;
  private final TimeZone zone;
  private final long minIntervalSeconds;
  private final ScheduledTasks tasks;

  /** A scheduler whose jobs call {@code runner} with the source id. */
  public CrawlScheduler(DataSource dataSource, SchedulerConfig cfg, Consumer<String> runner) {
    this(dataSource, cfg, (sourceId, key) -> runner.accept(sourceId));
  }

  /**
   * A scheduler whose jobs call {@code runner} with the source id and a request key that is the same
   * for every execution of one scheduled fire (see {@code CrawlPipeline.crawl(Source, String)}).
   */
  public CrawlScheduler(DataSource dataSource, SchedulerConfig cfg, BiConsumer<String, String> runner) {
    this.zone = TimeZone.getTimeZone(cfg.timeZone());
    this.minIntervalSeconds = cfg.minCrawlIntervalSeconds();
    String dsName = "observatorio-ds-" + DATA_SOURCES.incrementAndGet();
    DBConnectionManager.getInstance().addConnectionProvider(dsName, new QuartzSetup.SharedDataSource(dataSource));
    try {
      StdSchedulerFactory factory = new StdSchedulerFactory(QuartzSetup.properties(cfg, dsName));
      scheduler = factory.getScheduler();
      // Quartz keeps one scheduler per name per JVM; forget it so that several nodes may share a JVM.
      SchedulerRepository.getInstance().remove(NAME);
      tasks = new ScheduledTasks(scheduler, zone);
      scheduler.setJobFactory((bundle, s) -> bundle.getJobDetail().getJobClass() == TaskJob.class
          ? new TaskJob(tasks.runnables()) : new CrawlJob(runner));
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  public void start() {
    try {
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the Quartz scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Makes the scheduled jobs match the sources: adds or updates one per source (keeping triggers
   * whose cron did not change) and removes the jobs of sources no longer registered. A source whose
   * cron is invalid, or fires more often than {@code scheduler.minCrawlIntervalSeconds}, is not scheduled.
   *
   * @return one message per source that could not be scheduled (empty when all were)
   */
  public List<String> sync(Collection<Source> sources) {
    List<String> problems = new ArrayList<>();
    try {
      Set<JobKey> wanted = new HashSet<>();
      for (Source s : sources) {
        Optional<String> problem = cronProblem(s.cron())
            .or(() -> CronSpacing.tooFrequent(s.cron(), zone, minIntervalSeconds));
        if (problem.isPresent()) {
          problems.add("source " + s.id() + ": " + problem.get());
        } else {
          wanted.add(schedule(s));
        }
      }
      for (JobKey k : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
        if (!wanted.contains(k)) {
          scheduler.deleteJob(k);
        }
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot schedule the crawls: " + e.getMessage(), e);
    }
    return problems;
  }

  /** Whether the scheduler runs: started, neither shut down nor in standby. */
  public boolean running() {
    try {
      return quartz().isStarted() && !quartz().isShutdown() && !quartz().isInStandbyMode();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /** Why a cron expression is not a valid Quartz one (Spanish / English), or empty when it is. */
  public static Optional<String> cronProblem(String cron) {
    try {
      CronExpression.validateExpression(cron);
      return Optional.empty();
    } catch (java.text.ParseException | RuntimeException e) {
      return Optional.of("expresión cron inválida / invalid cron expression '" + cron + "': " + e.getMessage());
    }
  }

  private JobKey schedule(Source s) throws SchedulerException {
    JobKey jobKey = JobKey.jobKey(s.id(), GROUP);
    JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(jobKey).storeDurably()
        .requestRecovery().usingJobData(CrawlJob.SOURCE_ID, s.id())
        .withDescription("crawl " + s.url()).build();
    TriggerKey triggerKey = TriggerKey.triggerKey(s.id(), GROUP);
    Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
        .withSchedule(CronScheduleBuilder.cronSchedule(s.cron()).inTimeZone(zone)
            .withMisfireHandlingInstructionFireAndProceed())
        .build();
    Trigger existing = scheduler.getTrigger(triggerKey);
    if (existing instanceof CronTrigger ct && ct.getCronExpression().equals(s.cron())
        && ct.getTimeZone().getID().equals(zone.getID())) {
      scheduler.addJob(job, true);
    } else {
      // replace: another node may be scheduling the same source at the same moment
      scheduler.scheduleJob(job, Set.of(trigger), true);
    }
    return jobKey;
  }

  /** The cluster-wide periodic tasks (Article 10 checks, ...) that share this scheduler with the crawls. */
  public ScheduledTasks tasks() {
    return tasks;
  }

  /** Runs a source's crawl as soon as a worker is free (on any node of the cluster). */
  public void triggerNow(String sourceId) {
    triggerNow(sourceId, null);
  }

  /**
   * Runs a source's crawl for a request as soon as a worker is free. With a key, the run queued for
   * that key (see {@code RunRepository.enqueue}) is the one that runs, and the same key never crawls
   * twice.
   */
  public void triggerNow(String sourceId, String requestKey) {
    try {
      JobDataMap data = new JobDataMap();
      if (requestKey != null) {
        data.put(CrawlJob.REQUEST_KEY, requestKey);
      }
      scheduler.triggerJob(JobKey.jobKey(sourceId, GROUP), data);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot trigger the crawl of " + sourceId + ": " + e.getMessage(), e);
    }
  }

  /** When a source's crawl will next run, if it is scheduled. */
  public Optional<Instant> nextFire(String sourceId) {
    try {
      Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(sourceId, GROUP));
      return t == null || t.getNextFireTime() == null ? Optional.empty()
          : Optional.of(t.getNextFireTime().toInstant());
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** This node's Quartz instance id (generated when configured as {@code AUTO}). */
  public String instanceId() {
    return call(scheduler::getSchedulerInstanceId);
  }

  /** The underlying Quartz scheduler, for tests and operations. */
  public Scheduler quartz() {
    return scheduler;
  }

  /** Stops taking new crawls and waits for running ones to finish. */
  @Override
  public void close() {
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Fires no trigger any more (shutdown begins); running crawls go on. */
  public void standby() {
    call(() -> {
      scheduler.standby();
      return null;
    });
  }

  /** How many crawls run on this node now. */
  public int runningCrawls() {
    return call(() -> scheduler.getCurrentlyExecutingJobs().size());
  }

  /** Interrupts the crawls running on this node (each then ends and records its run as failed). */
  public void interruptCrawls() {
    call(() -> {
      for (JobExecutionContext c : scheduler.getCurrentlyExecutingJobs()) {
        String id = c.getJobDetail().getKey().getName();
        LOG.warn("interrumpiendo el rastreo de {} / interrupting the crawl of {}", id, id);
        scheduler.interrupt(c.getFireInstanceId());
      }
      return null;
    });
  }

  /** Shuts Quartz down without waiting for the jobs still running (they were interrupted). */
  public void shutdownNow() {
    call(() -> {
      scheduler.shutdown(false);
      return null;
    });
  }

  private interface QuartzCall<T> {
    T run() throws SchedulerException;
  }

  private static <T> T call(QuartzCall<T> c) {
    try {
      return c.run();
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
