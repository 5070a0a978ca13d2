package gt.observatorio.engine.schedule;

import java.time.Instant;
import java.util.function.BiConsumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one source: it only hands the source id and a request key to the runner. One
 * crawl per source at a time, across the cluster; a crawl cut short by a dead node is run again.
 */
@DisallowConcurrentExecution
final class CrawlJob implements InterruptableJob {
  static final String SOURCE_ID = "sourceId";
  static final String REQUEST_KEY = "requestKey";
  private static final Logger LOG = LoggerFactory.getLogger(CrawlJob.class);

  private final BiConsumer<String, String> runner;
  private volatile Thread worker;

  CrawlJob(BiConsumer<String, String> runner) {
    this.runner = runner;
  }

  @Override
  public void execute(JobExecutionContext ctx) throws JobExecutionException {
    String sourceId = ctx.getMergedJobDataMap().getString(SOURCE_ID);
    String key = requestKey(sourceId, ctx);
    if (ctx.isRecovering()) {
      LOG.info("recovering the crawl of {} ({})", sourceId, key);
    }
    worker = Thread.currentThread();
    try {
      runner.accept(sourceId, key);
    } catch (RuntimeException e) {
      LOG.error("crawl of {} could not run", sourceId, e);
      throw new JobExecutionException(e, false);
    } finally {
      worker = null;
      Thread.interrupted();
    }
  }

  /** Interrupts the crawl (shutdown after the grace period): the run ends and is recorded as failed. */
  @Override
  public void interrupt() {
    Thread t = worker;
    if (t != null) {
      t.interrupt();
    }
  }

  /**
   * The same scheduled fire always has the same key, also when another node recovers it after a
   * crash (Quartz then fires a recovery trigger that carries the original scheduled time), so a
   * recovered crawl continues the same run instead of starting a second one.
   */
  static String requestKey(String sourceId, JobExecutionContext ctx) {
    String given = ctx.getMergedJobDataMap().getString(REQUEST_KEY);
    if (given != null && !given.isBlank()) {
      return given;
    }
    String original = ctx.isRecovering() ? ctx.getMergedJobDataMap()
        .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS) : null;
    Instant at = original != null ? Instant.ofEpochMilli(Long.parseLong(original))
        : ctx.getScheduledFireTime() != null ? ctx.getScheduledFireTime().toInstant() : null;
    return "quartz:" + sourceId + "@" + (at == null ? ctx.getFireInstanceId() : at.toString());
  }
}
