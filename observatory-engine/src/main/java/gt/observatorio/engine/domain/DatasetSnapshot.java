package gt.observatorio.engine.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Everything a rule may look at: the dataset, the probe result of each distribution URL, and the
 * moment of observation (from the injected clock).
 */
public record DatasetSnapshot(Dataset dataset, Map<String, ProbeResult> probes, Instant asOf) {
  public DatasetSnapshot {
    probes = probes == null ? Map.of() : Map.copyOf(probes);
  }

  /** The probe of a distribution's URL, or null when it was not probed. */
  public ProbeResult probeOf(Distribution d) {
    String url = d.probeUrl();
    return url == null ? null : probes.get(url);
  }
}
