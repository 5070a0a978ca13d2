package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionTest {
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void pruningKeepsAggregatesAndTheLatestRunButDropsOldDetails() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    for (int week = 0; week < 4; week++) {
      f.prober.answer("http://files.test/a.csv", week % 2 == 0 ? ProbeOutcome.REACHABLE : ProbeOutcome.SERVER_ERROR);
      f.harvester.serve(s.url(), List.of(dataset("a", "A v" + week, "D", "L", "http://files.test/a.csv")));
      f.pipeline.crawl(s);
      f.harvester.unreadable(s.url());
      f.pipeline.crawl(s);
      f.clock.advance(Duration.ofDays(7));
    }
    assertThat(f.count("select count(*) from crawl_run")).isEqualTo(8);
    assertThat(f.count("select count(*) from dataset_version")).isEqualTo(4);
    List<InstitutionWeek> history = join(f.readModel.history("MINTRAB", "observatorio"));
    var views = join(f.readModel.latestDatasets("MINTRAB", "observatorio"));

    Retention.Report r = join(new Retention(f.db.pool(), new RetentionConfig(1)).prune(f.clock.instant()));

    assertThat(r.runs()).isEqualTo(6);
    assertThat(f.count("select count(*) from crawl_run")).isEqualTo(2);
    assertThat(f.count("select count(*) from dataset_version")).isEqualTo(1);
    assertThat(r.versions()).isEqualTo(3);
    assertThat(r.probes()).isEqualTo(3);
    assertThat(f.count("select count(*) from probe_observation")).isEqualTo(1);
    assertThat(join(f.readModel.history("MINTRAB", "observatorio"))).isEqualTo(history);
    assertThat(join(f.readModel.latestDatasets("MINTRAB", "observatorio"))).isEqualTo(views);
    assertThat(join(f.readModel.runs(10))).extracting(CrawlRun::id).hasSize(2);
  }

  @Test
  void zeroWeeksKeepsEverything() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.unreadable(s.url());
    f.pipeline.crawl(s);
    f.clock.advance(Duration.ofDays(700));
    assertThat(join(new Retention(f.db.pool(), new RetentionConfig(0)).prune(f.clock.instant())).runs()).isZero();
    assertThat(f.count("select count(*) from crawl_run")).isEqualTo(1);
  }
}
