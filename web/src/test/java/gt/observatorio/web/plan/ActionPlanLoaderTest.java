package gt.observatorio.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.web.plan.ActionPlanLoader;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionPlanLoaderTest {
  private final ActionPlan plan = ActionPlanLoader.load();

  @Test
  void holdsTheSixCommitmentsAndTwentyActivitiesOfThePlan() {
    assertThat(plan.commitments()).hasSize(6);
    assertThat(plan.activities()).hasSize(20);
    assertThat(plan.activities()).allSatisfy(a -> {
      assertThat(a.title().es()).isNotBlank();
      assertThat(a.title().en()).isNotBlank();
      assertThat(a.responsible()).isNotEmpty();
      assertThat(a.start()).isNotNull();
      assertThat(a.due()).isAfterOrEqualTo(a.start());
    });
    // The seed gives expected results for every activity but commitment 2's, which it leaves blank.
    assertThat(plan.activities()).filteredOn(a -> !a.id().startsWith("c2-"))
        .allSatisfy(a -> assertThat(a.expectedResult().en()).isNotBlank());
  }

  @Test
  void theObservatoryIsCommitmentOneActivityThreeAndMintrabReportsMonthly() {
    ActionPlan.Activity observatory = plan.activity("c1-a3").orElseThrow();
    assertThat(observatory.title().en()).contains("open data observatory");
    assertThat(observatory.extendedEnd()).isEqualTo(YearMonth.of(2025, 6));
    ActionPlan.EvidenceCheck monthly = plan.activity("c6-a2").orElseThrow().checks().get(0);
    assertThat(monthly.kind()).isEqualTo("document-current");
    assertThat(monthly.maxAgeMonths()).isEqualTo(2);
    assertThat(plan.activity("c3-a1").orElseThrow().checks()).extracting(ActionPlan.EvidenceCheck::kind)
        .containsOnly("oc4ids");
  }

  @Test
  void checksStayUnconfiguredUntilGivenAUrl() {
    assertThat(plan.activities()).flatExtracting(ActionPlan.Activity::checks)
        .noneMatch(ActionPlan.EvidenceCheck::configured);
    ActionPlan demo = plan.withCheckUrls(Map.of("mintrab-monthly-report", "http://127.0.0.1:1/informes"));
    assertThat(demo.activity("c6-a2").orElseThrow().checks().get(0).url()).isEqualTo("http://127.0.0.1:1/informes");
  }

  @Test
  void theTrackerSettingsDefaultToNoSchemaAndReadTheEnvironment() {
    var off = gt.observatorio.web.Settings.load(java.util.Optional.empty(), Map.of());
    assertThat(off.plan().schema()).isEmpty();
    assertThat(off.laip().maxProbesPerNumeral()).isEqualTo(3);
    var on = gt.observatorio.web.Settings.load(java.util.Optional.empty(), Map.of(
        "OBSERVATORY_LAIP_MONTHLY_MAX_AGE_MONTHS", "1", "OBSERVATORY_PLAN_OC4IDS_SCHEMA_DIR", ""));
    assertThat(on.plan().schema()).isEmpty();
    assertThat(on.laip().monthlyMaxAgeMonths()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void thePlanDataFollowsTheSeed() {
    assertThat(plan.activity("c3-a1").orElseThrow().responsible()).containsExactly("MSPAS");
    assertThat(plan.activity("c3-a2").orElseThrow().responsible()).containsExactly("MSPAS");
    assertThat(plan.activity("c2-a1").orElseThrow().expectedResult().es()).isEmpty();
    assertThat(plan.activity("c1-a4").orElseThrow().expectedResult().en())
        .contains("Report on the exercise").contains("Training for Public Information Units")
        .contains("Dissemination of results");
  }
}
