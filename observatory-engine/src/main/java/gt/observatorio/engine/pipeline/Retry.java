package gt.observatorio.engine.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Retrying a blocking call for a while (recording a run's end through a brief database outage). */
final class Retry {
  private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

  private Retry() {}

  /**
   * Calls {@code action} until it succeeds or {@code retryFor} has passed (wall time), waiting 0.2 s
   * then twice as long each time, at most 5 s. Empty (the last failure logged) when it never succeeded.
   */
  static <T> Optional<T> forUpTo(Duration retryFor, Supplier<T> action) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    long wait = 200;
    while (true) {
      try {
        return Optional.of(action.get());
      } catch (RuntimeException e) {
        if (System.nanoTime() + wait * 1_000_000 > deadline) {
          LOG.warn("still failing after retrying for {}", retryFor, e);
          return Optional.empty();
        }
        try {
          Thread.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
        wait = Math.min(wait * 2, 5000);
      }
    }
  }
}
