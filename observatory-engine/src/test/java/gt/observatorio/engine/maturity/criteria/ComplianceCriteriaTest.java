package gt.observatorio.engine.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.Evidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceCriteriaTest {
  @ParameterizedTest(name = "{0} of 29 numerals current (+{1} stale) against {2} % is {3}")
  @CsvSource({
      "29, 0, 95, MET",
      "27, 2, 95, NOT_MET",
      "15, 0, 50, MET",
      "14, 15, 50, NOT_MET",
      "8,  0, 25, MET",
      "7,  0, 25, NOT_MET",
      "0,  0, 25, NOT_MET"})
  void laipCurrentCountsOnlyCurrentNumerals(int current, int stale, double min, CriterionStatus expected) {
    List<LaipNumeralCheck> ns = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      LaipStatus s = i <= current ? LaipStatus.CURRENT : i <= current + stale ? LaipStatus.STALE : LaipStatus.NOT_FOUND;
      ns.add(new LaipNumeralCheck(i, "n" + i, "monthly", s, s == LaipStatus.NOT_FOUND ? List.of()
          : List.of("https://laip.example.test/n" + i), List.of(), "2026-11"));
    }
    LaipChecklist l = new LaipChecklist("https://laip.example.test/", "listing", Instant.parse("2026-11-02T00:00:00Z"),
        ns, List.of());
    CheckOutcome o = new LaipCurrent().evaluate(Evidence.of().laip(l).input(null),
        Evidence.criterion("laip.current", Map.of("minPercent", min)));
    assertThat(o.status()).isEqualTo(expected);
    assertThat(o.evidence()).first().isEqualTo("https://laip.example.test/");
  }

  @ParameterizedTest(name = "no checklist is not measured")
  @CsvSource({"25", "95"})
  void laipWithoutAChecklistIsNotMeasured(double min) {
    assertThat(new LaipCurrent().evaluate(Evidence.of().input(null),
        Evidence.criterion("laip.current", Map.of("minPercent", min))).status()).isEqualTo(CriterionStatus.NOT_MEASURED);
  }

  @ParameterizedTest(name = "activities [{0}] against {1} % is {2}")
  @CsvSource({
      "completed completed, 100, MET",
      "completed in-progress, 100, NOT_MET",
      "completed in-progress, 50, MET",
      "in-progress:passed delayed, 50, MET",
      "delayed not-started, 50, NOT_MET",
      "'', 100, NOT_APPLICABLE"})
  void planActivitiesCountsCompletedOrCheckedActivities(String statuses, double min, CriterionStatus expected) {
    Evidence e = Evidence.of();
    int i = 0;
    for (String s : statuses.isBlank() ? new String[0] : statuses.trim().split("\\s+")) {
      String[] p = s.split(":");
      e.activity("c6-a" + ++i, p[0], p.length > 1);
    }
    CheckOutcome o = new PlanActivities().evaluate(e.input(null),
        Evidence.criterion("plan.activities", Map.of("minPercent", min)));
    assertThat(o.status()).isEqualTo(expected);
  }
}
