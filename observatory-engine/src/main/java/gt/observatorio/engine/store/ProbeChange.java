package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.ProbeResult;
import java.time.Instant;

/** One stored probe result of a URL and the span of checks that kept seeing it. */
public record ProbeChange(ProbeResult result, Instant firstChecked, Instant lastChecked) {}
