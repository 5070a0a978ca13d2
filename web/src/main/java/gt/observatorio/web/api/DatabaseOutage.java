package gt.observatorio.web.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the HTTP interface has lost its database. The first failed request logs one line (never a stack
 * trace per request); then the database is pinged every {@code retryMillis} until it answers, and one line
 * says it is back. Requests keep asking the database meanwhile (each gets 503 while it is down), so the
 * server recovers without a restart as soon as the pool reconnects.
 */
final class DatabaseOutage {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
  private final Vertx vertx;
  private final Supplier<Future<Void>> ping;
  private final long retryMillis;
  private final AtomicBoolean down = new AtomicBoolean();

  DatabaseOutage(Vertx vertx, Supplier<Future<Void>> ping, long retryMillis) {
    this.vertx = vertx;
    this.ping = ping;
    this.retryMillis = retryMillis;
  }

  /** Records that a request failed for want of the database; logs and starts watching on the first only. */
  void lost(Throwable cause) {
    if (!down.compareAndSet(false, true)) {
      return;
    }
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    LOG.warn("Base de datos no disponible: se responde 503 hasta que vuelva / Database unavailable: answering 503 "
        + "until it returns ({}: {})", root.getClass().getSimpleName(), root.getMessage());
    vertx.setPeriodic(retryMillis, id -> ping.get().onSuccess(ok -> {
      if (vertx.cancelTimer(id) && down.compareAndSet(true, false)) {
        LOG.info("Base de datos disponible de nuevo / Database available again");
      }
    }));
  }

  boolean down() {
    return down.get();
  }
}
