package gt.observatorio.engine.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Wall-clock milliseconds of the steps of one chain of statements, for a log line ("update 3 ms, ..."). */
final class StepTimes {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** A pass-through mapper that records the time since the previous step under {@code name}. */
  <T> Function<T, T> step(String name) {
    return value -> {
      long now = System.nanoTime();
      synchronized (this) {
        millis.merge(name, (now - last) / 1_000_000, Long::sum);
        last = now;
      }
      return value;
    };
  }

  @Override
  public synchronized String toString() {
    StringBuilder b = new StringBuilder();
    millis.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v).append(" ms"));
    return b.toString();
  }
}
