package gt.observatorio.web.services;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.ops.Telemetry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's orderly stop, within the grace period plus a few seconds whatever the crawls are doing: no new
 * requests or scheduled crawls; running crawls (scheduled or started by the admin API) get the grace period to
 * finish, then are interrupted and their HTTP requests aborted, so that each records its run as failed (an
 * interrupted run is never published and is crawled again at its next fire); runs still unfinished are then
 * marked failed (single node); then the database stops, then Vert.x.
 */
public final class Shutdown {
  private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

  /** The parts a node stops, in the order they were started. */
  public record Parts(Telemetry telemetry, Vertx vertx, Database db, Crawler crawler, CrawlService crawls,
      Scheduling scheduling, Housekeeping housekeeping, HttpLauncher http) {}

  private final Parts p;
  private final int graceSeconds;

  public Shutdown(Parts parts, int graceSeconds) {
    this.p = parts;
    this.graceSeconds = graceSeconds;
  }

  /** Stops every part in reverse order; a part that fails to stop is logged and the next one is stopped. */
  public void run() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    p.db().holdOnExit(Duration.ofSeconds(graceSeconds + 8L));
    quietly(p.http());
    p.crawls().stopAccepting();
    quietly(p.scheduling()::standby);
    if (!crawlsEnded(deadline)) {
      LOG.warn("rastreos aún en curso tras {} s: se interrumpen / crawls still running after {} s: interrupting them",
          graceSeconds, graceSeconds);
      p.crawls().interrupt();
      quietly(p.scheduling()::interruptCrawls);
      quietly(p.crawler());
      if (!crawlsEnded(System.nanoTime() + TimeUnit.SECONDS.toNanos(5))) {
        LOG.warn("rastreos sin terminar: sus ejecuciones se marcan fallidas / unfinished crawls: their runs are marked failed");
      }
    }
    for (AutoCloseable part : List.<AutoCloseable>of(p.scheduling()::shutdownNow, p.crawler(),
        p.housekeeping()::abandonStaleRuns, p.db(), () -> Blocking.await(p.vertx().close()), p.telemetry()::close)) {
      quietly(part);
    }
    LOG.info("observatorio detenido / stopped");
  }

  /** Waits until no crawl runs on this node (admin API or scheduled), or until {@code deadline}. */
  private boolean crawlsEnded(long deadline) {
    while (!(p.crawls().idle() && p.scheduling().runningCrawls() == 0)) {
      if (deadline - System.nanoTime() <= 0) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static void quietly(AutoCloseable part) {
    try {
      part.close();
    } catch (Exception e) {
      LOG.warn("while stopping: {}", e.toString());
    }
  }
}
