package gt.observatorio.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.compliance.ActionPlan;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an institution owes: its activities not completed; "vencida" only past due and not completed. */
class PlanOwedTest {
  private final ActionPlan plan = ActionPlanLoader.load();
  private final Map<String, PlanManualStatus> manual = Map.of("c6-a1",
      new PlanManualStatus("c6-a1", "completed", "https://ejemplo.gob.gt/informe", null, "editor",
          Instant.parse("2024-02-01T00:00:00Z")));

  @Test
  void anInstitutionOwesItsActivitiesNotCompleted() {
    List<PlanProgress.ActivityState> states = PlanProgress.states(plan, manual, List.of(), YearMonth.of(2025, 7));
    List<PlanProgress.ActivityState> owed = PlanProgress.owedBy(states, "MINTRAB");
    assertThat(owed).extracting(s -> s.activity().id()).containsExactly("c6-a2", "c6-a3", "c6-a4", "c6-a5");
    assertThat(PlanProgress.owedBy(states, "MINEDUC")).isEmpty();
  }

  @Test
  void anActivityIsOverdueOnlyPastItsDueMonthAndNotCompleted() {
    List<PlanProgress.ActivityState> states = PlanProgress.states(plan, manual, List.of(), YearMonth.of(2025, 7));
    PlanProgress.ActivityState done = states.stream().filter(s -> s.activity().id().equals("c6-a1")).findFirst()
        .orElseThrow();
    assertThat(done.activity().due()).isBefore(YearMonth.of(2025, 7));
    assertThat(done.overdue()).isFalse();
    assertThat(states.stream().filter(s -> s.activity().id().equals("c6-a2")).findFirst().orElseThrow().overdue())
        .isTrue();
    assertThat(states.stream().filter(s -> s.activity().id().equals("c6-a3")).findFirst().orElseThrow().overdue())
        .as("due December 2025").isFalse();
  }

  @Test
  void anActivityWhoseEvidenceIsCurrentIsNotOverdueAndOneWhoseEvidenceIsMissingIs() {
    YearMonth now = YearMonth.of(2025, 7);
    List<gt.observatorio.engine.domain.PlanCheckResult> checks = List.of(
        new gt.observatorio.engine.domain.PlanCheckResult("c6-a2", "mintrab-monthly-report", YearMonth.of(2025, 6), true,
            "latest=2025-05 age=1m max=2m reachable", "https://ejemplo.gob.gt/informe-mayo.pdf",
            Instant.parse("2025-06-30T00:00:00Z")));
    List<PlanProgress.ActivityState> states = PlanProgress.states(plan, Map.of(), checks, now);
    PlanProgress.ActivityState current = states.stream().filter(s -> s.activity().id().equals("c6-a2")).findFirst()
        .orElseThrow();
    assertThat(current.activity().due()).isBefore(now);
    assertThat(current.status()).isEqualTo("evidence-current");
    assertThat(current.overdue()).as("evidence current: not vencida").isFalse();
    List<PlanProgress.ActivityState> failing = PlanProgress.states(plan, Map.of(), List.of(
        new gt.observatorio.engine.domain.PlanCheckResult("c6-a2", "mintrab-monthly-report", YearMonth.of(2025, 6), false,
            "latest=2025-01 age=5m max=2m reachable", null, Instant.parse("2025-06-30T00:00:00Z"))), now);
    assertThat(failing.stream().filter(s -> s.activity().id().equals("c6-a2")).findFirst().orElseThrow().overdue())
        .as("evidence missing past the due month: vencida").isTrue();
  }
}
