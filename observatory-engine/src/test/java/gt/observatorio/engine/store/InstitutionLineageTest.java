package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.testing.EngineFixture;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An institution that replaces another keeps the other's history: history and trends follow the line. */
class InstitutionLineageTest {
  private static final Institution CPCC = new Institution("CPCC", "Comisión Presidencial contra la Corrupción",
      "comision", "anticorrupcion");
  private static final Institution CNC = new Institution("CNC", "Comisión Nacional contra la Corrupción", "comision",
      "anticorrupcion", "CNC", "https://cnc.example.gt/", List.of("Comision Nacional Anticorrupcion"),
      new Institution.Lineage("CPCC", LocalDate.of(2024, 2, 14)));
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
    join(f.registry.upsert(List.of(CNC, CPCC), List.of()));
    week("CPCC", "2024-W05", 40.0, 1);
    week("CPCC", "2024-W06", 50.0, 1);
    week("CNC", "2024-W08", 65.0, 1);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void theRegistryStoresWhatAnInstitutionReplacesAndItsOtherNames() {
    assertThat(join(f.registry.institution("CNC"))).contains(CNC);
  }

  @Test
  void theHistoryOfTheSuccessorStartsWithItsPredecessorsWeeks() {
    List<InstitutionWeek> points = join(f.readModel.history("CNC", "observatorio"));
    assertThat(points).extracting(w -> w.week().toString()).containsExactly("2024-W05", "2024-W06", "2024-W08");
    assertThat(points).extracting(InstitutionWeek::institutionCode).containsExactly("CPCC", "CPCC", "CNC");
    assertThat(join(f.readModel.history("CPCC", "observatorio"))).hasSize(2);
  }

  @Test
  void theSuccessorsFirstRankedWeekComparesWithItsPredecessorsLastWeek() {
    List<RankingRow> rows = join(f.readModel.rankings(IsoWeek.parse("2024-W08"), "observatorio"));
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.deltaFromPreviousWeek()).isEqualTo(15.0));
  }

  @Test
  void theTrendLinesFollowTheLineAndLeaveTheWeeksWithoutAScoreEmpty() {
    week("CPCC", "2024-W04", 30.0, 1);
    Trends trends = join(f.readModel.trends(IsoWeek.parse("2024-W08"), "observatorio", 4));
    assertThat(trends.weeks()).extracting(IsoWeek::toString).containsExactly("2024-W05", "2024-W06", "2024-W08");
    assertThat(trends.scores()).containsOnlyKeys("CNC");
    assertThat(trends.scores().get("CNC")).containsExactly(40.0, 50.0, 65.0);
  }

  @Test
  void theTrendLinesHoldEveryRankedInstitutionInRankOrderWithNullWhereItHadNoScore() {
    join(f.registry.upsert(List.of(new Institution("MSPAS", "Ministerio de Salud", "ministerio", "salud")), List.of()));
    week("MSPAS", "2024-W07", 75.0, 1);
    week("MSPAS", "2024-W08", 80.0, 1);
    join(f.db.pool().query("update institution_week set rank = 2 where institution_code = 'CNC'").execute());
    Trends trends = join(f.readModel.trends(IsoWeek.parse("2024-W08"), "observatorio", 3));
    assertThat(trends.weeks()).extracting(IsoWeek::toString).containsExactly("2024-W06", "2024-W07", "2024-W08");
    assertThat(trends.scores().keySet()).containsExactly("MSPAS", "CNC");
    assertThat(trends.scores().get("MSPAS")).containsExactly(null, 75.0, 80.0);
    assertThat(trends.scores().get("CNC")).containsExactly(50.0, null, 65.0);
    assertThat(join(f.readModel.trends(IsoWeek.parse("2024-W03"), "observatorio", 3)).scores())
        .as("nobody ranked that week").isEmpty();
  }

  private void week(String code, String week, double overall, int rank) {
    join(f.db.pool().preparedQuery("""
        insert into institution_week (profile, week, institution_code, overall, datasets, distributions, findings,
          rank, run_ids) values ('observatorio', $1, $2, $3, 1, 1, 0, $4, '{}')""")
        .execute(Tuple.of(week, code, overall, rank)));
  }
}
