package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PgReadModelTest {
  static final IsoWeek W1 = IsoWeek.of(EngineFixture.WEEK_1);
  static final IsoWeek W2 = W1.plusWeeks(1);
  static final Dataset FULL = dataset("x", "T", "D", "L");
  static final Dataset TWO_THIRDS = dataset("x", "T", "D", null);
  static final Dataset ONE_THIRD = dataset("x", "T", null, null);
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void week(Map<String, Dataset> byInstitution) {
    byInstitution.forEach((code, d) -> {
      Source s = f.register(code, code.toLowerCase() + "-ckan")[0];
      f.harvester.serve(s.url(), List.of(d));
      f.pipeline.crawl(s);
    });
  }

  @Test
  void moversListTheLargestGainsAndLossesBetweenTwoWeeks() {
    week(Map.of("A", ONE_THIRD, "B", FULL, "C", TWO_THIRDS, "D", TWO_THIRDS));
    f.clock.advance(Duration.ofDays(7));
    week(Map.of("A", FULL, "B", ONE_THIRD, "C", FULL, "D", TWO_THIRDS));

    Movers m = join(f.readModel.movers(W1, W2, "observatorio", 5));

    assertThat(m.gains()).extracting(x -> x.institution().code()).containsExactly("A", "C");
    assertThat(m.gains().get(0).delta()).isCloseTo(100 - 100.0 / 3, within(1e-9));
    assertThat(m.gains().get(0).fromRank()).isEqualTo(4);
    assertThat(m.gains().get(0).toRank()).isEqualTo(1);
    assertThat(m.losses()).extracting(x -> x.institution().code()).containsExactly("B");
    assertThat(join(f.readModel.movers(W1, W2, "observatorio", 1)).gains()).hasSize(1);
  }

  @Test
  void aDatasetHistoryHasOnePointPerWeekAndShowsWhenTheCatalogChanged() {
    week(Map.of("A", ONE_THIRD));
    f.clock.advance(Duration.ofDays(7));
    week(Map.of("A", ONE_THIRD));
    f.clock.advance(Duration.ofDays(7));
    week(Map.of("A", FULL));
    long id = join(f.readModel.latestDatasets("A", "observatorio")).get(0).datasetId();

    List<DatasetPoint> h = join(f.readModel.datasetHistory(id, "observatorio"));

    assertThat(h).extracting(DatasetPoint::week).containsExactly(W1, W2, W2.plusWeeks(1));
    assertThat(h).extracting(DatasetPoint::percent).containsExactly(100.0 / 3, 100.0 / 3, 100.0);
    assertThat(h.get(0).versionId()).isEqualTo(h.get(1).versionId()).isNotEqualTo(h.get(2).versionId());
    assertThat(h.get(2).dimensions()).containsEntry("metadata", 100.0);
    assertThat(h.get(0).findings()).isEqualTo(2);
  }

  @Test
  void runDetailsCarryTheIssues() {
    Source s = f.register("A", "a-ckan")[0];
    f.harvester.unreadable(s.url());
    long id = f.pipeline.crawl(s).id();

    RunDetails d = join(f.readModel.run(id)).orElseThrow();

    assertThat(d.published()).isFalse();
    assertThat(d.institutionCode()).isEqualTo("A");
    assertThat(d.issues()).extracting(i -> i.code()).containsExactly("catalog.http_error");
    assertThat(join(f.readModel.run(id + 1000))).isEmpty();
  }

  @Test
  void weeksAndWeeklyAveragesFollowThePublishedWeeks() {
    week(Map.of("A", ONE_THIRD, "B", FULL));
    f.clock.advance(Duration.ofDays(7));
    week(Map.of("A", FULL, "B", FULL));

    assertThat(join(f.readModel.weeks("observatorio"))).containsExactly(W2, W1);
    List<WeekAverage> avg = join(f.readModel.weeklyAverages("observatorio"));
    assertThat(avg).extracting(WeekAverage::week).containsExactly(W1, W2);
    assertThat(avg.get(0).overall()).isCloseTo((100.0 / 3 + 100) / 2, within(1e-9));
    assertThat(avg.get(0).dimensions().get("metadata")).isCloseTo((100.0 / 3 + 100) / 2, within(1e-9));
    assertThat(avg.get(1).institutions()).isEqualTo(2);
    assertThat(avg.get(1).datasets()).isEqualTo(2);
  }
}
