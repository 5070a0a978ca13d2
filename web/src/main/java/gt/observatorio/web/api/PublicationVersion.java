package gt.observatorio.web.api;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The publication version (it changes when a run is published) as the answer cache uses it: a version is used only
 * while the read that gave it was sent at most {@code freshMillis} before; once it is half that old it is read again
 * in the background, so under steady traffic no request waits for the read. A request waits when no version that
 * fresh is known (after a quiet spell, or always with {@code freshMillis} 0), and then joins a read in flight only if
 * that read was sent within {@code freshMillis}. A late answer never replaces a version read after it.
 */
final class PublicationVersion {
  private final Supplier<Future<String>> query;
  private final long freshMillis;
  private final LongSupplier clock;
  private volatile Read known;
  private Read inFlight;

  /** A read of the version and when it was sent (milliseconds on {@code clock}). */
  private record Read(Future<String> version, long sentAt) {}

  /** Reads with {@code query}, timed by the JVM's monotonic clock. */
  PublicationVersion(Supplier<Future<String>> query, long freshMillis) {
    this(query, freshMillis, () -> System.nanoTime() / 1_000_000);
  }

  PublicationVersion(Supplier<Future<String>> query, long freshMillis, LongSupplier clockMillis) {
    this.query = query;
    this.freshMillis = freshMillis;
    this.clock = clockMillis;
  }

  /** The version to answer a request by: a known one fresh enough, else the result of a read. */
  Future<String> current() {
    long now = clock.getAsLong();
    Read k = known;
    if (k != null && now - k.sentAt() < freshMillis) {
      if (now - k.sentAt() >= freshMillis / 2) {
        read(now);
      }
      return k.version();
    }
    return read(now);
  }

  /** The latest version known, or null. */
  String latest() {
    Read k = known;
    return k == null ? null : k.version().result();
  }

  private synchronized Future<String> read(long now) {
    if (inFlight != null && now - inFlight.sentAt() < freshMillis) {
      return inFlight.version();
    }
    Promise<String> p = Promise.promise();
    Read mine = new Read(p.future(), now);
    inFlight = mine;
    Future<String> asked;
    try {
      asked = query.get();
    } catch (RuntimeException e) {
      asked = Future.failedFuture(e);
    }
    asked.onComplete(ar -> {
      synchronized (this) {
        if (inFlight == mine) {
          inFlight = null;
        }
        if (ar.succeeded() && (known == null || known.sentAt() <= now)) {
          known = new Read(Future.succeededFuture(ar.result()), now);
        }
      }
      p.handle(ar);
    });
    return p.future();
  }
}
