package gt.observatorio.engine.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.Text;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceEventDetectorTest {
  private static final Instant AT = Instant.parse("2026-12-02T06:00:00Z");
  private static final YearMonth DEC = YearMonth.of(2026, 12);

  private static LaipChecklist list(LaipStatus... statuses) {
    List<LaipNumeralCheck> ns = new java.util.ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      ns.add(new LaipNumeralCheck(i + 1, "Numeral " + (i + 1), "mensual", statuses[i], List.of(), List.of(), null));
    }
    return new LaipChecklist("https://ip.example.test/", "listing", AT, ns, List.of());
  }

  @Test
  void numeralsGoneStaleOrMissingSinceLastMonthAreEventsAndNothingElse() {
    LaipChecklist nov = list(LaipStatus.CURRENT, LaipStatus.CURRENT, LaipStatus.STALE, LaipStatus.NOT_FOUND,
        LaipStatus.STALE);
    LaipChecklist dec = list(LaipStatus.STALE, LaipStatus.BROKEN, LaipStatus.NOT_FOUND, LaipStatus.NOT_FOUND,
        LaipStatus.STALE);
    List<Event> events = ComplianceEventDetector.article10("MINFIN", DEC, AT, nov, dec);
    assertThat(events).extracting(Event::kind, Event::subject).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EventKind.LAIP_NUMERAL_STALE, "numeral-1"),
        org.assertj.core.groups.Tuple.tuple(EventKind.LAIP_NUMERAL_MISSING, "numeral-2"),
        org.assertj.core.groups.Tuple.tuple(EventKind.LAIP_NUMERAL_MISSING, "numeral-3"));
    assertThat(events).allSatisfy(e -> assertThat(e.link()).isEqualTo("/#/articulo-10/2026-12"));
    assertThat(events.get(0).evidence()).containsEntry("antes", LaipStatus.CURRENT.label().es());
    assertThat(ComplianceEventDetector.article10("MINFIN", DEC, AT.plusSeconds(3600), nov, dec))
        .extracting(Event::id).containsExactlyElementsOf(events.stream().map(Event::id).toList());
    assertThat(ComplianceEventDetector.article10("MINFIN", DEC, AT, null, dec)).isEmpty();
  }

  @Test
  void activitiesPastDueAndNotCompletedAreEventsOfTheirRegisteredResponsibles() {
    ActionPlan.Activity late = activity("a1", List.of("GAE", "NOREG"), YearMonth.of(2025, 6), null);
    ActionPlan.Activity extended = activity("a2", List.of("GAE"), YearMonth.of(2025, 6), YearMonth.of(2027, 6));
    ActionPlan.Activity done = activity("a3", List.of("GAE"), YearMonth.of(2025, 6), null);
    ActionPlan plan = new ActionPlan("p", Text.of("Plan", "Plan"), List.of(new ActionPlan.Commitment("c1", 1,
        Text.of("C", "C"), "GAE", List.of(), null, null, null, List.of(late, extended, done))));
    List<Event> events = ComplianceEventDetector.planPastDue(plan, Map.of("a3", "completed", "a1", "delayed"), DEC, AT,
        Set.of("GAE"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EventKind.PLAN_ACTIVITY_PAST_DUE);
      assertThat(e.institution()).isEqualTo("GAE");
      assertThat(e.subject()).isEqualTo("a1");
      assertThat(e.evidence()).containsEntry("vencimiento", "2025-06").containsEntry("estado", "delayed");
      assertThat(e.link()).isEqualTo("/#/plan");
    });
  }

  @Test
  void aMaturityLevelThatChangedFromThePreviousQuarterIsAnEvent() {
    assertThat(ComplianceEventDetector.maturity("MINFIN", "2026-Q4", AT, 2, 3)).singleElement()
        .satisfies(e -> assertThat(e.evidence()).containsEntry("antes", "2").containsEntry("despues", "3"));
    assertThat(ComplianceEventDetector.maturity("MINFIN", "2026-Q4", AT, 3, 3)).isEmpty();
    assertThat(ComplianceEventDetector.maturity("MINFIN", "2026-Q4", AT, null, 3)).isEmpty();
  }

  private static ActionPlan.Activity activity(String id, List<String> responsible, YearMonth end, YearMonth extended) {
    return new ActionPlan.Activity(id, Text.of("Actividad " + id, "Activity " + id), responsible, List.of(),
        YearMonth.of(2024, 1), end, extended, Text.of("r", "r"), List.of(), null, List.of());
  }
}
