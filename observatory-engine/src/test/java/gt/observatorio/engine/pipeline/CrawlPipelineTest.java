package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.testing.EngineFixture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static gt.observatorio.engine.testing.EngineFixture.dataset;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrawlPipelineTest {
  static final IsoWeek W = IsoWeek.of(EngineFixture.WEEK_1);
  EngineFixture f;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(2);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void crawlPublishesScoresAggregatesAndFindings() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.prober.answer("http://files.test/b.csv", ProbeOutcome.CLIENT_ERROR);
    f.harvester.serve(s.url(), List.of(
        dataset("a", "Empleo", "Datos de empleo", "CC-BY-4.0", "http://files.test/a.csv"),
        dataset("b", "Salarios", null, null, "http://files.test/b.csv"),
        dataset("c", "Inspecciones", "Inspecciones", "CC0", "http://files.test/c.csv", "http://files.test/a.csv")));

    CrawlRun run = f.pipeline.crawl(s);

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.datasets()).isEqualTo(3);
    assertThat(run.distributions()).isEqualTo(4);
    assertThat(run.probes()).isEqualTo(3);
    assertThat(run.week()).isEqualTo(W);
    // a: (3+1)/4 = 100; b: (1+0)/4 = 25; c: (3+2)/5 = 100 → mean 75
    List<RankingRow> ranking = join(f.readModel.rankings(W, "observatorio"));
    assertThat(ranking).hasSize(1);
    InstitutionWeek w = ranking.get(0).week();
    assertThat(w.overall()).isCloseTo(75.0, within(1e-9));
    assertThat(w.rank()).isEqualTo(1);
    assertThat(w.datasets()).isEqualTo(3);
    assertThat(w.distributions()).isEqualTo(4);
    assertThat(w.findings()).isEqualTo(3);
    assertThat(w.dimensions().get("metadata")).isCloseTo((100 + 100.0 / 3 + 100) / 3, within(1e-9));
    assertThat(w.dimensions().get("accessibility")).isCloseTo((100 + 0 + 100) / 3.0, within(1e-9));
    assertThat(w.dimensions()).doesNotContainKey("format");
    assertThat(ranking.get(0).deltaFromPreviousWeek()).isNull();
    assertThat(join(f.readModel.latestWeek("mqa"))).contains(W);

    List<DatasetView> views = join(f.readModel.latestDatasets("MINTRAB", "observatorio"));
    assertThat(views).extracting(v -> v.dataset().identifier()).containsExactlyInAnyOrder("a", "b", "c");
    DatasetView b = views.stream().filter(v -> v.dataset().identifier().equals("b")).findFirst().orElseThrow();
    assertThat(b.sourceId()).isEqualTo("mintrab-ckan");
    assertThat(b.dataset().rawMetadata()).contains("Salarios");
    assertThat(b.score().percent()).isCloseTo(25.0, within(1e-9));
    assertThat(b.score().rules()).flatExtracting(r -> r.findings()).extracting(x -> x.ruleId())
        .containsExactlyInAnyOrder("description", "license", "reachable");
    assertThat(join(f.readModel.runs(10))).extracting(CrawlRun::state).containsExactly(RunState.SUCCEEDED);
    assertThat(join(f.readModel.dataset(b.datasetId(), "observatorio"))).contains(b);
    assertThat(join(f.readModel.dataset(b.datasetId(), "mqa")).orElseThrow().score().ruleSet().profile())
        .isEqualTo("mqa");
    assertThat(join(f.readModel.dataset(-1, "observatorio"))).isEmpty();
  }

  @Test
  void runsAreCountedInTheMeterRegistry() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    CrawlPipeline p = new CrawlPipeline(CrawlStore.over(f.db.pool()), k -> f.harvester, f.prober, f.scorers, f.clock,
        new PipelineConfig("observatorio", 10, 10), meters);
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L", "http://files.test/a.csv")));
    p.crawl(s);
    f.harvester.unreadable(s.url());
    p.crawl(s);
    assertThat(meters.get("observatorio.crawl.runs").tag("state", "succeeded").counter().count()).isEqualTo(1);
    assertThat(meters.get("observatorio.crawl.runs").tag("state", "failed").counter().count()).isEqualTo(1);
    assertThat(meters.get("observatorio.crawl.datasets").counter().count()).isEqualTo(1);
    assertThat(meters.get("observatorio.crawl.duration").tag("state", "failed").timer().count()).isEqualTo(1);
  }

  @Test
  void crawlingTheSameCatalogAgainInTheWeekLeavesTheRankingAsItWas() {
    Source a = f.register("A", "a-ckan")[0];
    Source b = f.register("B", "b-ckan")[0];
    f.harvester.serve(a.url(), List.of(dataset("x", "T", "D", null), dataset("y", "T", null, "L")));
    f.harvester.serve(b.url(), List.of(dataset("x", "T", "D", "L")));
    f.pipeline.crawl(a);
    f.pipeline.crawl(b);
    List<RankingRow> first = join(f.readModel.rankings(W, "observatorio"));
    long versions = f.count("select count(*) from dataset_version");

    f.clock.advance(Duration.ofHours(3));
    f.pipeline.crawl(a);
    f.pipeline.crawl(b);

    assertThat(join(f.readModel.rankings(W, "observatorio"))).isEqualTo(first);
    assertThat(join(f.readModel.history("A", "observatorio"))).hasSize(1);
    assertThat(f.count("select count(*) from dataset_version")).isEqualTo(versions);
  }

  @Test
  void unchangedDatasetsAreNotRewritten() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "d", "CC0", "http://files.test/a.csv"),
        dataset("b", "B", "d", "CC0", "http://files.test/b.csv")));
    f.pipeline.crawl(s);
    f.clock.advance(Duration.ofDays(7));
    f.pipeline.crawl(s);
    assertThat(f.count("select count(*) from dataset_version")).isEqualTo(2);
    assertThat(f.count("select count(*) from score")).isEqualTo(4);
    assertThat(f.count("select count(*) from run_dataset")).isEqualTo(4);

    f.harvester.serve(s.url(), List.of(dataset("a", "A", "d", "CC0", "http://files.test/a.csv"),
        dataset("b", "B (v2)", "d", "CC0", "http://files.test/b.csv")));
    f.clock.advance(Duration.ofDays(7));
    f.pipeline.crawl(s);
    assertThat(f.count("select count(*) from dataset_version")).isEqualTo(3);
    assertThat(f.count("select count(*) from dataset")).isEqualTo(2);
  }

  @Test
  void probeResultsAreStoredAsChangesAndPassedBackAsPrevious() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "d", "CC0", "http://files.test/a.csv")));
    f.pipeline.crawl(s);
    f.clock.advance(Duration.ofDays(7));
    f.pipeline.crawl(s);
    assertThat(f.count("select count(*) from probe_observation")).isEqualTo(1);
    assertThat(f.count("select count(*) from probe_observation where last_checked > first_checked")).isEqualTo(1);
    assertThat(f.prober.previousGiven("http://files.test/a.csv")).isNotNull();

    f.prober.answer("http://files.test/a.csv", ProbeOutcome.SERVER_ERROR);
    f.clock.advance(Duration.ofDays(7));
    f.pipeline.crawl(s);
    assertThat(f.count("select count(*) from probe_observation")).isEqualTo(2);

    var changes = join(f.readModel.probeHistory("http://files.test/a.csv", 10));
    assertThat(changes).extracting(c -> c.result().outcome())
        .containsExactly(ProbeOutcome.SERVER_ERROR, ProbeOutcome.REACHABLE);
    assertThat(changes.get(1).firstChecked()).isEqualTo(EngineFixture.WEEK_1);
    assertThat(changes.get(1).lastChecked()).isEqualTo(EngineFixture.WEEK_1.plus(Duration.ofDays(7)));
  }

  @Test
  void anUnreadableCatalogFailsTheRunAndLeavesTheRankingUnchanged() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "d", "CC0", "http://files.test/a.csv")));
    f.pipeline.crawl(s);
    List<RankingRow> before = join(f.readModel.rankings(W, "observatorio"));

    f.harvester.unreadable(s.url());
    CrawlRun failed = f.pipeline.crawl(s);

    assertThat(failed.state()).isEqualTo(RunState.FAILED);
    assertThat(failed.errors()).isEqualTo(1);
    assertThat(failed.message()).contains("HTTP 503");
    assertThat(join(f.readModel.rankings(W, "observatorio"))).isEqualTo(before);
    assertThat(join(f.readModel.latestDatasets("MINTRAB", "observatorio"))).hasSize(1);
  }

  @Test
  void aCrashMidwayFailsTheRunAndLeavesNoVisibleHalfWrittenData() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "d", "CC0", "http://files.test/a.csv")));
    f.pipeline.crawl(s);
    List<RankingRow> before = join(f.readModel.rankings(W, "observatorio"));

    f.harvester.serve(s.url(), List.of(dataset("a", "A", null, null), dataset("b", "B", null, null),
        dataset("c", "C", null, null), dataset("d", "D", null, null)));
    f.harvester.breakAfter(s.url(), 3);
    CrawlRun failed = f.pipeline.crawl(s);

    assertThat(failed.state()).isEqualTo(RunState.FAILED);
    assertThat(failed.message()).contains("simulated harvester crash");
    assertThat(join(f.readModel.rankings(W, "observatorio"))).isEqualTo(before);
    assertThat(join(f.readModel.latestDatasets("MINTRAB", "observatorio")))
        .extracting(v -> v.dataset().identifier()).containsExactly("a");
    assertThat(f.count("select count(*) from run_dataset where run_id = " + failed.id())).isZero();
  }

  @Test
  void aStorageFailureFailsTheRunEvenIfTheHarvesterSwallowsIt() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L")));
    f.pipeline.crawl(s);
    List<RankingRow> before = join(f.readModel.rankings(W, "observatorio"));

    f.harvester.serve(s.url(), List.of(dataset("a", "A", null, null, "http://files.test/a.csv"),
        dataset("b", "B", null, null, "http://files.test/b.csv"), dataset("c", "C", null, null),
        dataset("d", "D", null, null))).swallowSinkErrors();
    f.prober.throwFor("http://files.test/b.csv");
    CrawlRun failed = f.pipeline.crawl(s);

    assertThat(failed.state()).isEqualTo(RunState.FAILED);
    assertThat(failed.message()).contains("simulated prober failure");
    assertThat(join(f.readModel.rankings(W, "observatorio"))).isEqualTo(before);
  }

  @Test
  void anInstitutionWithAnEmptyCatalogRanksLastWithZero() {
    Source full = f.register("A", "a-ckan")[0];
    Source empty = f.register("B", "b-ckan")[0];
    f.harvester.serve(full.url(), List.of(dataset("x", "T", null, null)));
    f.harvester.serve(empty.url(), List.of());
    f.pipeline.crawl(full);
    CrawlRun run = f.pipeline.crawl(empty);

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    List<RankingRow> rows = join(f.readModel.rankings(W, "mqa"));
    assertThat(rows).extracting(r -> r.institution().code() + r.week().rank()).containsExactly("A1", "B2");
    InstitutionWeek b = rows.get(1).week();
    assertThat(b.overall()).isZero();
    assertThat(b.datasets()).isZero();
    assertThat(b.dimensions()).isEmpty();
  }

  @Test
  void aScoreThatIsNotANumberCountsAsZero() {
    Source s = f.register("A", "a-ckan")[0];
    Scorer nan = new Scorer() {
      @Override
      public RuleSetInfo ruleSet() {
        return new RuleSetInfo("broken", "observatorio", "1", "h");
      }

      @Override
      public ScoreCard score(DatasetSnapshot snap) {
        return new ScoreCard(ruleSet(), Double.NaN, 10,
            Map.of("format", Double.NaN), List.of(), null);
      }
    };
    CrawlPipeline p = new CrawlPipeline(CrawlStore.over(f.db.pool()), k -> f.harvester, f.prober, List.of(nan), f.clock,
        new PipelineConfig("observatorio", 10, 10));
    f.harvester.serve(s.url(), List.of(dataset("x", "T", null, null)));

    assertThat(p.crawl(s).state()).isEqualTo(RunState.SUCCEEDED);
    InstitutionWeek w = join(f.readModel.rankings(W, "observatorio")).get(0).week();
    assertThat(w.overall()).isZero();
    assertThat(w.dimensions()).isEmpty();
  }

  @Test
  void theAccessAndDownloadUrlsOfADistributionAreEachProbedAndGivenToTheScorer() {
    Source s = f.register("A", "a-ckan")[0];
    List<DatasetSnapshot> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Scorer capturing = new Scorer() {
      @Override
      public RuleSetInfo ruleSet() {
        return new RuleSetInfo("capturing", "observatorio", "1", "h");
      }

      @Override
      public ScoreCard score(DatasetSnapshot snap) {
        seen.add(snap);
        return new ScoreCard(ruleSet(), 1, 1, Map.of(), List.of(), null);
      }
    };
    CrawlPipeline p = new CrawlPipeline(CrawlStore.over(f.db.pool()), k -> f.harvester, f.prober, List.of(capturing), f.clock,
        new PipelineConfig("observatorio", 10, 10));
    f.prober.answer("http://portal.test/dataset/x", ProbeOutcome.CLIENT_ERROR);
    Distribution both = new Distribution("x", "http://portal.test/dataset/x", "http://files.test/x.csv", "CSV",
        null, null, null, null, null, null);
    Distribution same = new Distribution("y", "http://files.test/y.csv", "http://files.test/y.csv", "CSV",
        null, null, null, null, null, null);
    f.harvester.serve(s.url(), List.of(new Dataset("x", "T", null, null, null, List.of(), List.of(), null, null,
        null, null, null, null, null, null, List.of(both, same), null)));

    CrawlRun run = p.crawl(s);

    assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(f.prober.calls()).containsExactlyInAnyOrder(
        "http://files.test/x.csv", "http://portal.test/dataset/x", "http://files.test/y.csv");
    assertThat(run.probes()).isEqualTo(3);
    DatasetSnapshot snap = seen.get(0);
    assertThat(snap.downloadProbeOf(both).outcome()).isEqualTo(ProbeOutcome.REACHABLE);
    assertThat(snap.accessProbeOf(both).outcome()).isEqualTo(ProbeOutcome.CLIENT_ERROR);
    assertThat(snap.accessProbeOf(same)).isSameAs(snap.downloadProbeOf(same));
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    String[][] inst = {{"A", "100"}, {"B", "50"}, {"C", "100"}, {"D", "75"}, {"E", "50"}};
    for (String[] i : inst) {
      Source s = f.register(i[0], i[0].toLowerCase() + "-ckan")[0];
      f.harvester.serve(s.url(), List.of(switch (i[1]) {
        case "100" -> dataset("x", "T", "D", "L");
        case "75" -> dataset("x", "T", "D", null);
        default -> dataset("x", "T", null, null, "http://files.test/ok.csv");
      }));
      f.pipeline.crawl(s);
    }
    // 75: 2/3 metadata points = 66.7%; 50: (1 + 1)/4 = 50%
    List<RankingRow> rows = join(f.readModel.rankings(W, "observatorio"));
    assertThat(rows).extracting(r -> r.institution().code() + r.week().rank())
        .containsExactly("A1", "C1", "D3", "B4", "E4");
  }

  @Test
  void historyHasOnePointPerWeekFromTheLatestRunOfTheWeek() {
    Source s = f.register("MINTRAB", "mintrab-ckan")[0];
    f.harvester.serve(s.url(), List.of(dataset("a", "A", null, null)));
    f.pipeline.crawl(s);
    f.clock.advance(Duration.ofDays(7));
    f.pipeline.crawl(s);
    f.harvester.serve(s.url(), List.of(dataset("a", "A", "D", "L")));
    f.clock.advance(Duration.ofHours(1));
    f.pipeline.crawl(s);

    List<InstitutionWeek> h = join(f.readModel.history("MINTRAB", "observatorio"));
    assertThat(h).extracting(InstitutionWeek::week).containsExactly(W, W.plusWeeks(1));
    assertThat(h.get(0).overall()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(h.get(1).overall()).isCloseTo(100.0, within(1e-9));
    RankingRow latest = join(f.readModel.rankings(W.plusWeeks(1), "observatorio")).get(0);
    assertThat(latest.deltaFromPreviousWeek()).isCloseTo(100.0 - 100.0 / 3, within(1e-9));
  }

  @Test
  void aWeekWithTwoSourcesAggregatesBoth() {
    Source[] s = f.register("MINTRAB", "mintrab-ckan", "mintrab-portal");
    f.harvester.serve(s[0].url(), List.of(dataset("a", "A", "D", "L"), dataset("b", "B", "D", "L")));
    f.harvester.serve(s[1].url(), List.of(dataset("a", "A", null, null)));
    f.pipeline.crawl(s[0]);
    f.pipeline.crawl(s[1]);

    InstitutionWeek w = join(f.readModel.rankings(W, "observatorio")).get(0).week();
    assertThat(w.datasets()).isEqualTo(3);
    assertThat(w.overall()).isCloseTo((100 + 100 + 100.0 / 3) / 3, within(1e-9));
    assertThat(join(f.readModel.latestDatasets("MINTRAB", "observatorio"))).hasSize(3);
  }
}
