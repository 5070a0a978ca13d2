package gt.observatorio.web.digest;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/** Spaces sends evenly: at most {@code perMinute} slots a minute, shared by every sender of the node. */
public final class Pacer {
  private final Vertx vertx;
  private final long intervalMillis;
  private long next;

  public Pacer(Vertx vertx, int perMinute) {
    this.vertx = vertx;
    this.intervalMillis = Math.max(1, 60_000L / Math.max(1, perMinute));
  }

  /** Completes when the next send may go. */
  public Future<Void> slot() {
    long now = System.currentTimeMillis();
    long at;
    synchronized (this) {
      at = Math.max(now, next);
      next = at + intervalMillis;
    }
    long wait = at - now;
    if (wait <= 0) {
      return Future.succeededFuture();
    }
    Promise<Void> p = Promise.promise();
    vertx.setTimer(wait, x -> p.complete());
    return p.future();
  }
}
