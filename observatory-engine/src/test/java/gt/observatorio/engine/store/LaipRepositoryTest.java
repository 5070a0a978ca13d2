package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipRankingRow;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LaipRepositoryTest {
  EngineFixture f;
  LaipRepository laip;
  PlanRepository plan;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
    f.register("MUNI1", "muni1-ckan");
    f.register("MUNI2", "muni2-ckan");
    laip = new LaipRepository(f.db.pool());
    plan = new PlanRepository(f.db.pool());
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  /** A checklist with {@code current} numerals current, the rest not found (numeral 2 broken). */
  static LaipChecklist checklist(String at, int current) {
    List<LaipNumeralCheck> ns = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      LaipStatus s = i <= current ? LaipStatus.CURRENT : i == 29 ? LaipStatus.BROKEN : LaipStatus.NOT_FOUND;
      ns.add(new LaipNumeralCheck(i, "Numeral " + i, "monthly", s, s == LaipStatus.CURRENT
          ? List.of("http://p.test/n" + i + ".pdf") : List.of(), s == LaipStatus.BROKEN ? List.of("http://p.test/x")
          : List.of(), s == LaipStatus.CURRENT ? "2025-04" : null));
    }
    return new LaipChecklist("http://p.test/ipo", "laip.gt", Instant.parse(at), ns,
        List.of(new HarvestIssue("laip.note", "http://p.test/ipo", "nota")));
  }

  @Test
  void storesAChecklistPerInstitutionAndMonthAndTheLastCheckOfTheMonthWins() {
    join(laip.save("MUNI1", checklist("2025-05-05T10:00:00Z", 10)));
    LaipChecklist later = checklist("2025-05-20T10:00:00Z", 12);
    assertThat(join(laip.save("MUNI1", later))).isEqualTo(YearMonth.of(2025, 5));

    LaipChecklist got = join(laip.checklist("MUNI1", YearMonth.of(2025, 5))).orElseThrow();
    assertThat(got).isEqualTo(later);
    assertThat(got.compliancePercent()).isEqualTo(41.4);
    assertThat(join(laip.checklist("MUNI1", YearMonth.of(2025, 4)))).isEmpty();
  }

  @Test
  void ranksInstitutionsByComplianceWithCountsPerStatus() {
    join(laip.save("MUNI1", checklist("2025-05-05T10:00:00Z", 5)));
    join(laip.save("MUNI2", checklist("2025-05-06T10:00:00Z", 20)));
    join(laip.save("MUNI2", checklist("2025-06-03T10:00:00Z", 21)));

    List<LaipRankingRow> may = join(laip.ranking(YearMonth.of(2025, 5)));
    assertThat(may).extracting(LaipRankingRow::institutionCode).containsExactly("MUNI2", "MUNI1");
    assertThat(may.get(0).rank()).isEqualTo(1);
    assertThat(may.get(0).institutionName()).isEqualTo("Institución MUNI2");
    assertThat(may.get(1)).extracting(LaipRankingRow::rank, LaipRankingRow::current, LaipRankingRow::broken,
        LaipRankingRow::notFound).containsExactly(2, 5, 1, 23);
    assertThat(join(laip.months())).containsExactly(YearMonth.of(2025, 5), YearMonth.of(2025, 6));
    assertThat(join(laip.history("MUNI2"))).extracting(e -> e.getValue()).containsExactly(69.0, 72.4);
  }

  @Test
  void keepsEveryPlanStatusAnEditorRecordsAndOneCheckPerMonth() {
    join(plan.record(new PlanManualStatus("c1-a3", "in-progress", null, "iniciado", "gae", Instant.parse(
        "2025-03-01T00:00:00Z"))));
    join(plan.record(new PlanManualStatus("c1-a3", "completed", "http://e.test/informe.pdf", null, "gae",
        Instant.parse("2025-05-01T00:00:00Z"))));
    join(plan.record(new PlanCheckResult("c1-a3", "mintrab", YearMonth.of(2025, 5), false, "latest=2025-01", null,
        Instant.parse("2025-05-02T00:00:00Z"))));
    join(plan.record(new PlanCheckResult("c1-a3", "mintrab", YearMonth.of(2025, 5), true, "latest=2025-04",
        "http://e.test/a.csv", Instant.parse("2025-05-20T00:00:00Z"))));

    assertThat(join(plan.latestStatuses()).get("c1-a3").status()).isEqualTo("completed");
    assertThat(join(plan.history("c1-a3"))).extracting(PlanManualStatus::status)
        .containsExactly("in-progress", "completed");
    assertThat(join(plan.checks())).singleElement().satisfies(c -> {
      assertThat(c.passed()).isTrue();
      assertThat(c.observed()).isEqualTo("latest=2025-04");
    });
  }
}
