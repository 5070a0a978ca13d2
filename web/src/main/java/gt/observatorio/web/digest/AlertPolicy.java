package gt.observatorio.web.digest;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which events cannot wait for the weekly digest, pure: a key dataset of an institution broke (one of its links broke,
 * or it disappeared from the catalog). Key datasets are named by their identifiers and distribution URLs.
 */
public final class AlertPolicy {
  /** The kinds that mean a dataset is no longer available. */
  public static final Set<EventKind> BROKEN = EnumSet.of(EventKind.LINK_BROKEN, EventKind.DATASET_DISAPPEARED);

  private AlertPolicy() {}

  /** The ids of the events to alert at once, given each institution's key-dataset subjects. */
  public static List<String> immediate(List<Event> events, Map<String, Set<String>> keySubjects) {
    return events.stream().filter(e -> BROKEN.contains(e.kind()))
        .filter(e -> keySubjects.getOrDefault(e.institution(), Set.of()).contains(e.subject()))
        .map(Event::id).toList();
  }
}
