package gt.observatorio.engine.pipeline;

import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.RunRepository;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunLifecycleTest {
  EngineFixture f;
  Source s;
  RunRepository runs;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
    s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L", "http://files.test/a.csv")));
    runs = new RunRepository(f.db.pool());
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void theSameRequestCrawlsOnlyOnce() {
    CrawlRun first = f.pipeline.crawl(s, "quartz:mintrab-ckan@2025-01-08T09:00:00Z");
    CrawlRun again = f.pipeline.crawl(s, "quartz:mintrab-ckan@2025-01-08T09:00:00Z");

    assertThat(again).isEqualTo(first);
    assertThat(first.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(f.prober.calls()).hasSize(1);
    assertThat(f.count("select count(*) from crawl_run")).isEqualTo(1);
  }

  @Test
  void aQueuedRunStartsAsTheSameRun() {
    CrawlRun queued = join(runs.enqueue(s, IsoWeek.of(f.clock.instant()), "api:1", f.clock.instant()));
    assertThat(queued.state()).isEqualTo(RunState.QUEUED);
    assertThat(join(f.readModel.runs(5))).extracting(CrawlRun::state).containsExactly(RunState.QUEUED);

    CrawlRun done = f.pipeline.crawl(s, "api:1");

    assertThat(done.id()).isEqualTo(queued.id());
    assertThat(done.state()).isEqualTo(RunState.SUCCEEDED);
  }

  @Test
  void aRunCutShortByADeadNodeIsRunAgainFromScratch() {
    String key = "quartz:mintrab-ckan@2025-01-08T09:00:00Z";
    CrawlRun queued = join(runs.enqueue(s, IsoWeek.of(f.clock.instant()), key, f.clock.instant()));
    join(runs.claim(queued.id(), f.clock.instant()));

    CrawlRun recovered = f.pipeline.crawl(s, key);

    assertThat(recovered.id()).isEqualTo(queued.id());
    assertThat(recovered.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(join(f.readModel.rankings(recovered.week(), "observatorio"))).hasSize(1);
  }

  @Test
  void theRunnerCrawlsARegisteredSourceAndSkipsAnUnknownOne() {
    CrawlRunner runner = new CrawlRunner(f.pipeline);
    runner.accept("mintrab-ckan", "quartz:mintrab-ckan@x");
    runner.accept("gone", "quartz:gone@x");
    assertThat(join(f.readModel.runs(5))).extracting(CrawlRun::sourceId).containsExactly("mintrab-ckan");
  }

  @Test
  void abandonedRunsFailWithoutChangingRankings() {
    f.pipeline.crawl(s);
    CrawlRun stuck = join(runs.enqueue(s, IsoWeek.of(f.clock.instant()), "k", f.clock.instant()));
    join(runs.claim(stuck.id(), f.clock.instant()));
    f.clock.advance(Duration.ofHours(2));

    List<CrawlRun> abandoned = join(runs.abandon(f.clock.instant().minus(Duration.ofHours(1)), f.clock.instant()));

    assertThat(abandoned).extracting(CrawlRun::id).containsExactly(stuck.id());
    assertThat(abandoned.get(0).state()).isEqualTo(RunState.FAILED);
    assertThat(join(f.readModel.rankings(stuck.week(), "observatorio"))).hasSize(1);
  }
}
