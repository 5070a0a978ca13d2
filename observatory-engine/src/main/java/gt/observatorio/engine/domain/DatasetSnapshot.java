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
    return probeOf(d.probeUrl());
  }

  /** The probe of a URL, or null when it was not probed. */
  public ProbeResult probeOf(String url) {
    return url == null ? null : probes.get(url);
  }

  /**
   * The probe of a distribution's access URL: the declared one, else its download URL (DCAT-AP
   * exporters fill dcat:accessURL with the download URL); null when it was not probed.
   */
  public ProbeResult accessProbeOf(Distribution d) {
    String url = d.accessUrl() == null || d.accessUrl().isBlank() ? d.downloadUrl() : d.accessUrl();
    return probeOf(url);
  }

  /** The probe of a distribution's download URL, or null when it declares none or it was not probed. */
  public ProbeResult downloadProbeOf(Distribution d) {
    return probeOf(d.downloadUrl());
  }
}
