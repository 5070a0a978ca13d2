package gt.observatorio.engine.schedule;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.RunRepository;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The other branch of a dead node's crawl (the first is Quartz's recovery, which resumes a scheduled crawl on
 * another node): a run whose node left the cluster and that no job can resume (started outside Quartz, by the
 * admin API, or whose source's job is gone) is marked failed, nothing of it published, and its source is crawled
 * again at once on some node. A cluster-wide task on the crawl scheduler ({@link #ID}, every minute by default),
 * scheduled on clustered nodes only.
 */
public final class OrphanedRuns implements Runnable {
  /** The task's stable id (Quartz job {@code task.runs-orphaned}). */
  public static final String ID = "runs-orphaned";
  /** Every minute, at second 30 (Quartz cron). */
  public static final String EVERY_MINUTE = "30 * * ? * *";
  private static final Logger LOG = LoggerFactory.getLogger(OrphanedRuns.class);

  private final RunRepository runs;
  private final CrawlScheduler scheduler;
  private final Clock clock;

  public OrphanedRuns(RunRepository runs, CrawlScheduler scheduler, Clock clock) {
    this.runs = runs;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** Schedules the task on {@code scheduler} on {@code cron}. */
  public static void schedule(CrawlScheduler scheduler, RunRepository runs, Clock clock, String cron) {
    scheduler.tasks().schedule(ID, cron, new OrphanedRuns(runs, scheduler, clock));
  }

  @Override
  public void run() {
    List<CrawlRun> failed = Blocking.await(runs.failOrphaned(CrawlScheduler.NAME, clock.instant()));
    Set<String> sources = new LinkedHashSet<>();
    for (CrawlRun r : failed) {
      LOG.warn("ejecución {} de {} abandonada por su nodo: fallida, se rastrea de nuevo / run {} of {} abandoned by its"
          + " node: failed, crawled again", r.id(), r.sourceId(), r.id(), r.sourceId());
      sources.add(r.sourceId());
    }
    for (String source : sources) {
      try {
        scheduler.triggerNow(source);
      } catch (IllegalStateException e) {
        LOG.warn("source {} is no longer scheduled; not crawled again: {}", source, e.getMessage());
      }
    }
  }
}
