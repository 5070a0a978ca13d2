package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventDetector;
import gt.observatorio.engine.alerts.Publication;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.EventRepository;
import gt.observatorio.engine.store.PublicationStates;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events of a published run: the states around it read from the store, the pure detector applied, the
 * events stored (idempotently) and handed on (webhooks). Blocking: the crawl threads only.
 */
public final class RunEvents {
  private final PublicationStates states;
  private final EventRepository events;
  private final EventDetector detector;
  private final String profile;
  private final Consumer<List<Event>> then;

  /**
   * @param profile the profile whose weekly aggregate and score cards the events read (the default ranking's)
   * @param then told of the events stored (also of those already stored by an earlier detection)
   */
  public RunEvents(PublicationStates states, EventRepository events, EventDetector detector, String profile,
      Consumer<List<Event>> then) {
    this.states = states;
    this.events = events;
    this.detector = detector;
    this.profile = profile;
    this.then = then;
  }

  /** Detects and stores the events of a run (none when it is not published); returns them. */
  public List<Event> record(long runId) {
    List<Event> found = Blocking.await(states.of(runId, profile)).stream()
        .flatMap((Publication p) -> p.events(detector).stream()).toList();
    Blocking.await(events.saveAll(found));
    if (!found.isEmpty()) {
      then.accept(found);
    }
    return found;
  }
}
