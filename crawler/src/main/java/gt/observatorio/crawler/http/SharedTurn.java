package gt.observatorio.crawler.http;

import gt.observatorio.engine.port.HostSlots;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host's turn across nodes, for {@link HostGate}: waits for it in {@link HostSlots}, polling while
 * another node holds it. Fails closed: while the shared store cannot be reached the request waits
 * (asking again every poll) and, at its deadline, goes without its turn as a timeout, never unpaced.
 */
final class SharedTurn {
  private static final Logger LOG = LoggerFactory.getLogger(SharedTurn.class);
  private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final HostSlots slots;
  private final long pollMillis;
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  SharedTurn(HostSlots slots, long pollMillis) {
    this.slots = slots;
    this.pollMillis = Math.max(1, pollMillis);
  }

  /**
   * Takes the host's turn for {@code holder} before {@code deadlineNanos}; held at most until the deadline
   * plus the pause (a node that dies holding it frees it then).
   *
   * @return whether the turn was taken (false: the deadline came first)
   */
  boolean take(String host, String holder, long pauseMillis, long deadlineNanos) throws InterruptedException {
    while (true) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      long wait;
      try {
        wait = slots.claim(host, holder, left + pauseMillis);
      } catch (RuntimeException e) {
        warn("the shared turn of " + host + " cannot be read; waiting", e);
        wait = pollMillis;
      }
      if (wait <= 0) {
        return true;
      }
      TimeUnit.MILLISECONDS.sleep(Math.min(Math.min(wait, pollMillis), left));
    }
  }

  /** Gives the turn back; the host's pause starts now for every node. */
  void release(String host, String holder, long pauseMillis) {
    try {
      slots.release(host, holder, pauseMillis);
    } catch (RuntimeException e) {
      warn("the shared turn of " + host + " could not be given back (it frees at its hold time)", e);
    }
  }

  /** Holds the host back on every node (Retry-After). */
  void defer(String host, long millis) {
    try {
      slots.defer(host, millis);
    } catch (RuntimeException e) {
      warn("the Retry-After of " + host + " could not be shared", e);
    }
  }

  private void warn(String what, RuntimeException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= LOG_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
      LOG.warn("turnos compartidos por host / shared host turns: {}: {}", what, e.toString());
    }
  }
}
