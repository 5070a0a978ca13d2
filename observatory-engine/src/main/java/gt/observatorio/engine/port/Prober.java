package gt.observatorio.engine.port;

import gt.observatorio.engine.domain.ProbeResult;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks distribution URLs. Never throws for a bad URL or a hostile server: every failure is a
 * typed {@link gt.observatorio.engine.domain.ProbeOutcome}.
 */
public interface Prober extends AutoCloseable {
  /**
   * Probes one URL.
   *
   * @param previous the last result for this URL (for conditional requests), or null
   */
  ProbeResult probe(String url, ProbeResult previous);

  /**
   * Probes many URLs. Implementations may run them concurrently, one queue per host with a delay;
   * this default runs them one after another.
   */
  default Map<String, ProbeResult> probeAll(
      Collection<String> urls, Function<String, ProbeResult> previous) {
    Map<String, ProbeResult> out = new LinkedHashMap<>();
    for (String url : urls) {
      out.put(url, probe(url, previous.apply(url)));
    }
    return out;
  }

  @Override
  default void close() {}
}
