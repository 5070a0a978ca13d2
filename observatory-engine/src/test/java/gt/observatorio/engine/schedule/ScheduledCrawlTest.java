package gt.observatorio.engine.schedule;

import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.store.RunRepository;
import gt.observatorio.engine.testing.EngineFixture;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduledCrawlTest {
  @Test
  void aScheduledFireCrawlsThroughThePipelineAndPublishes() throws Exception {
    try (EngineFixture f = new EngineFixture(10)) {
      f.register("MINTRAB");
      Source s = new Source("mintrab-ckan", "MINTRAB", URI.create("http://portal.test/mintrab-ckan"),
          "ckan", "0/1 * * * * ?");
      join(f.registry.upsert(List.of(), List.of(s)));
      f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L")));
      SchedulerConfig cfg = new SchedulerConfig(true, false, 1, "UTC", "solo", 60, 15, 0);
      try (CrawlScheduler scheduler = new CrawlScheduler(f.db.dataSource(), cfg,
          new CrawlRunner(f.pipeline))) {
        scheduler.sync(join(f.registry.sources()));
        scheduler.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (join(f.readModel.runs(1)).stream().noneMatch(r -> r.state() == RunState.SUCCEEDED)
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(100);
        }
      }
      List<CrawlRun> runs = join(f.readModel.runs(100));
      assertThat(runs).isNotEmpty();
      assertThat(runs).allMatch(r -> r.state() == RunState.SUCCEEDED);
      assertThat(join(f.readModel.rankings(runs.get(0).week(), "observatorio"))).hasSize(1);
    }
  }

  @Test
  void aQueuedRequestRunsAsTheQueuedRunWhenTriggered() throws Exception {
    try (EngineFixture f = new EngineFixture(10)) {
      Source s = f.register("MINTRAB", "mintrab-ckan")[0];
      f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L")));
      RunRepository runs = new RunRepository(f.db.pool());
      CrawlRun queued = join(runs.enqueue(s, IsoWeek.of(f.clock.instant()), "api:42", f.clock.instant()));
      SchedulerConfig cfg = new SchedulerConfig(true, false, 1, "UTC", "solo", 60, 15, 0);
      try (CrawlScheduler scheduler = new CrawlScheduler(f.db.dataSource(), cfg,
          new CrawlRunner(f.pipeline))) {
        scheduler.sync(List.of(s));
        scheduler.start();
        scheduler.triggerNow("mintrab-ckan", "api:42");
        long deadline = System.currentTimeMillis() + 20_000;
        while (join(runs.get(queued.id())).orElseThrow().state() != RunState.SUCCEEDED
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(100);
        }
        scheduler.triggerNow("mintrab-ckan", "api:42");
        Thread.sleep(1000);
      }
      assertThat(join(runs.get(queued.id())).orElseThrow().state()).isEqualTo(RunState.SUCCEEDED);
      assertThat(join(f.readModel.runs(10))).hasSize(1);
      assertThat(f.count("select count(*) from run_dataset")).isEqualTo(1);
    }
  }
}
