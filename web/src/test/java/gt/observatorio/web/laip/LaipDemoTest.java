package gt.observatorio.web.laip;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.compliance.Article10Checks;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.compliance.PlanEvidenceChecks;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipRankingRow;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.demo.SimulatedClock;
import gt.observatorio.web.laip.demo.LaipDemo;
import gt.observatorio.web.plan.HttpEvidenceChecker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's Article 10 portals (every layout) and plan evidence, checked over simulated weeks. */
class LaipDemoTest {
  static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void portalsOfEveryLayoutGiveVaryingComplianceAndThePlanVaryingEvidence() {
    TestDatabase.reset();
    Vertx vertx = Vertx.vertx();
    Database db = TestDatabase.open(vertx);
    try {
      join(new RegistryRepository(db.pool()).upsert(List.of("MINTRAB", "SESAN", "MINGOB", "CONAMIGUA", "DEMI").stream()
          .map(c -> new Institution(c, "Institución " + c, null, null)).toList(), List.of()));
      SimulatedClock clock = new SimulatedClock(Instant.parse("2025-04-07T03:00:00Z"));
      AtomicInteger week = new AtomicInteger();
      CrawlerConfig crawler = CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE),
          Optional.empty(), Map.of(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true",
              ConfigLoader.envName("crawler.perHostDelayMillis"), "0")));
      LaipDemo demo = join(LaipDemo.start(vertx, clock, week::get));
      Crawler checker = Crawler.create(crawler, clock);
      ComplianceChecks compliance = new ComplianceChecks(
          new Article10Checks(new LaipChecker(checker.context(), checker.prober(), LaipConfig.defaults()),
              new LaipRepository(db.pool())),
          new PlanEvidenceChecks(new HttpEvidenceChecker(checker.context(), checker.prober(), Optional.empty()),
              new PlanRepository(db.pool()), clock), demo.plan());

      List<LaipChecklist> first = demo.checkWeek(compliance);
      week.set(6);
      clock.advance(Duration.ofDays(42));
      List<LaipChecklist> later = demo.checkWeek(compliance);
      checker.close();

      assertThat(first).extracting(LaipChecklist::layout)
          .containsExactlyInAnyOrder("sections", "wordpress", "laip.gt", "listing", "sections");
      assertThat(first).flatExtracting(LaipChecklist::issues).extracting(i -> i.code())
          .containsOnly("laip.robots_disallowed");
      List<LaipNumeralCheck> n4 = first.stream().filter(c -> c.layout().equals("sections"))
          .map(c -> c.numerals().get(3)).toList();
      assertThat(n4).extracting(LaipNumeralCheck::status).as("numeral 4's folder is disallowed by robots.txt")
          .containsOnly(LaipStatus.NOT_VERIFIABLE);
      assertThat(n4).allSatisfy(n -> assertThat(n.brokenLinks()).isEmpty());
      List<LaipRankingRow> april = join(new LaipRepository(db.pool()).ranking(YearMonth.of(2025, 4)));
      assertThat(april).hasSize(5);
      assertThat(april.stream().map(LaipRankingRow::compliancePercent).distinct().count()).isGreaterThan(3);
      assertThat(april).isSortedAccordingTo((a, b) -> Double.compare(b.compliancePercent(), a.compliancePercent()));
      assertThat(published(first, demo, "MINTRAB")).isGreaterThan(2 * published(first, demo, "DEMI"));
      double conamiguaBefore = published(first, demo, "CONAMIGUA");
      assertThat(published(later, demo, "CONAMIGUA")).isGreaterThan(conamiguaBefore);
      assertThat(april).allSatisfy(r -> assertThat(r.broken() + r.stale() + r.current()).isPositive());

      Map<String, Map<YearMonth, Boolean>> checks = join(new PlanRepository(db.pool()).checks()).stream()
          .collect(Collectors.groupingBy(PlanCheckResult::checkId,
              Collectors.toMap(PlanCheckResult::month, PlanCheckResult::passed)));
      assertThat(checks.get("mintrab-monthly-report")).containsEntry(YearMonth.of(2025, 4), true);
      assertThat(checks.get("siinsan-open-data")).containsEntry(YearMonth.of(2025, 4), true);
      assertThat(checks.get("conamigua-open-data")).containsEntry(YearMonth.of(2025, 4), false);
      assertThat(checks.get("mspas-oc4ids")).containsEntry(YearMonth.of(2025, 4), false);
      assertThat(checks.get("mineduc-oc4ids")).containsEntry(YearMonth.of(2025, 4), true);
      assertThat(checks.get("mingob-caimus-quarterly")).containsEntry(YearMonth.of(2025, 4), false)
          .containsEntry(YearMonth.of(2025, 5), true);
      join(demo.stop());
    } finally {
      db.close();
      join(vertx.close());
    }
  }

  private static double published(List<LaipChecklist> lists, LaipDemo demo, String code) {
    String url = demo.portalUrls().get(code);
    return lists.stream().filter(l -> l.portalUrl().equals(url)).findFirst().orElseThrow().publishedPercent();
  }
}
