package gt.observatorio.crawler.http;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The deadline of the harvest running on the current thread. Every request the {@link SafeFetcher}
 * makes on that thread ends by it, whatever its own time limit, so a whole harvest is bounded in
 * time; past it, requests fail at once as {@code TIMEOUT}.
 */
public final class HarvestDeadline {
  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

  private HarvestDeadline() {}

  /** Runs {@code body} with a deadline {@code millis} from now (an enclosing, earlier one is kept). */
  public static <T> T within(long millis, Supplier<T> body) {
    Long outer = CURRENT.get();
    long mine = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    CURRENT.set(outer != null && outer - mine < 0 ? outer : mine);
    try {
      return body.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The earlier of {@code deadlineNanos} and the current harvest's deadline. */
  static long cap(long deadlineNanos) {
    Long d = CURRENT.get();
    return d != null && d - deadlineNanos < 0 ? d : deadlineNanos;
  }

  /** Whether a harvest runs on this thread and its deadline has passed. */
  public static boolean passed() {
    Long d = CURRENT.get();
    return d != null && d - System.nanoTime() <= 0;
  }
}
