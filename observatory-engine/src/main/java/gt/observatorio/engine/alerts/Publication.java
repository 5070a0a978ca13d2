package gt.observatorio.engine.alerts;

import java.time.Instant;

/**
 * One institution's states around one published run, as read from the store: what events are detected from.
 *
 * @param before null when the institution had never been measured
 */
public record Publication(String runId, Instant at, InstitutionState before, InstitutionState after) {

  /** The events of this publication. */
  public java.util.List<Event> events(EventDetector detector) {
    return detector.detect(runId, at, before, after);
  }
}
