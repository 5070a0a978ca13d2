package gt.observatorio.engine.compliance;

import gt.observatorio.engine.alerts.ComplianceEventDetector;
import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.EventRepository;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.RegistryRepository;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of the compliance checks: the previous month's Article 10 checklist and the plan's recorded statuses
 * read from the store, {@link ComplianceEventDetector} applied, the events stored and handed on. A failure is
 * logged and never fails the checks.
 */
public final class ComplianceEvents implements ComplianceListener {
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceEvents.class);
  private final LaipRepository laip;
  private final PlanRepository plans;
  private final RegistryRepository registry;
  private final EventRepository events;
  private final Clock clock;
  private final Consumer<List<Event>> then;

  public ComplianceEvents(LaipRepository laip, PlanRepository plans, RegistryRepository registry,
      EventRepository events, Clock clock, Consumer<List<Event>> then) {
    this.laip = laip;
    this.plans = plans;
    this.registry = registry;
    this.events = events;
    this.clock = clock;
    this.then = then;
  }

  @Override
  public void article10Checked(String institution, YearMonth month, LaipChecklist checklist) {
    try {
      LaipChecklist before = Blocking.await(laip.checklist(institution, month.minusMonths(1))).orElse(null);
      store(ComplianceEventDetector.article10(institution, month, checklist.checkedAt(), before, checklist));
    } catch (RuntimeException e) {
      LOG.warn("Article 10 events of {}: {}", institution, e.toString());
    }
  }

  @Override
  public void planChecked(ActionPlan plan) {
    try {
      Map<String, String> statuses = new HashMap<>();
      Blocking.await(plans.latestStatuses()).forEach((id, s) -> statuses.put(id, s.status()));
      Set<String> registered = Blocking.await(registry.institutions()).stream().map(Institution::code)
          .collect(Collectors.toSet());
      store(ComplianceEventDetector.planPastDue(plan, statuses, YearMonth.now(clock), clock.instant(), registered));
    } catch (RuntimeException e) {
      LOG.warn("plan events: {}", e.toString());
    }
  }

  private void store(List<Event> found) {
    Blocking.await(events.saveAll(found));
    if (!found.isEmpty()) {
      then.accept(found);
    }
  }
}
