package gt.observatorio.web.services;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.Retention;
import gt.observatorio.engine.store.RunRepository;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's housekeeping: stale runs at start, then daily pruning (and, unscheduled, the Article 10 checks). */
public final class Housekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  private final Retention retention;
  private final RunRepository runs;
  private final Clock clock;
  private final boolean clustered;
  private final Consumer<List<Source>> unscheduledChecks;

  /**
   * @param clustered several nodes share the database (a running run may be another node's)
   * @param unscheduledChecks the daily checks when no scheduler runs them (none: a no-op)
   */
  public Housekeeping(Retention retention, RunRepository runs, Clock clock, boolean clustered,
      Consumer<List<Source>> unscheduledChecks) {
    this.retention = retention;
    this.runs = runs;
    this.clock = clock;
    this.clustered = clustered;
    this.unscheduledChecks = unscheduledChecks;
  }

  /**
   * Daily, for {@code serve}: prunes crawl details older than {@code retention.weeks} (rankings and
   * history are kept) and runs the unscheduled checks over the candidate sources. Blocking.
   */
  public void daily(List<Source> candidates) {
    Retention.Report pruned = Blocking.await(retention.prune(clock.instant()));
    LOG.info("retención / retention: {} runs, {} versions, {} scores, {} probe changes pruned",
        pruned.runs(), pruned.versions(), pruned.scores(), pruned.probes());
    unscheduledChecks.accept(candidates);
  }

  /**
   * On a single node, runs left running by a previous process (killed, or stopped past its grace
   * period) can never finish: they are marked failed so that they are neither shown nor published.
   */
  public void abandonStaleRuns() {
    if (!clustered) {
      List<CrawlRun> abandoned = Blocking.await(runs.abandon(clock.instant(), clock.instant()));
      if (!abandoned.isEmpty()) {
        LOG.warn("{} ejecuciones interrumpidas marcadas como fallidas / interrupted runs marked failed", abandoned.size());
      }
    }
  }
}
