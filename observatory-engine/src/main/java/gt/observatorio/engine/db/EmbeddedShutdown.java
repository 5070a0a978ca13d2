package gt.observatorio.engine.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL exactly once: when the database is closed, or at JVM exit. At exit
 * it first waits up to the hold time for the owner to close it, so that the crawls interrupted by a
 * signal can still record their runs as failed (zonky's own hook would stop it at once, in parallel
 * with the application's shutdown).
 */
final class EmbeddedShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedShutdown.class);
  private final EmbeddedPostgres pg;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;
  private volatile long holdMillis;

  EmbeddedShutdown(EmbeddedPostgres pg) {
    this.pg = pg;
    this.hook = new Thread(this::atExit, "observatorio-db-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void hold(Duration d) {
    holdMillis = Math.max(0, d.toMillis());
  }

  void stop() {
    closed.countDown();
    stopOnce();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already exiting
    }
  }

  private void atExit() {
    try {
      if (!closed.await(holdMillis, TimeUnit.MILLISECONDS) && holdMillis > 0) {
        LOG.warn("the database was not closed within {} ms of exit: stopping it", holdMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stopOnce();
  }

  private void stopOnce() {
    if (stopped.compareAndSet(false, true)) {
      try {
        pg.close();
      } catch (IOException | RuntimeException e) {
        LOG.warn("stopping the embedded PostgreSQL failed", e);
      }
    }
  }
}
