package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.compliance.ComplianceJobs;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.registry.Registry;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Article 10 and plan evidence checks are Quartz tasks on the crons of {@code checks.*}. */
class ScheduledChecksTest {
  static final String ART10_CRON = "0 30 4 ? * TUE";
  static final String PLAN_CRON = "0 0 7 3 * ?";
  private static FixturePortal portal;
  private static Observatory obs;

  @BeforeAll
  static void start() throws Exception {
    TestDatabase.reset();
    portal = new FixturePortal();
    try (InputStream in = ScheduledChecksTest.class.getClassLoader().getResourceAsStream("laip/sections/articulo-10.html")) {
      portal.server().stubFor(any(urlPathEqualTo("/transparencia/articulo-10")).willReturn(aResponse()
          .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(in.readAllBytes())));
    }
    portal.server().stubFor(any(urlPathMatching("/ipo/docs/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
    try (InputStream in = ScheduledChecksTest.class.getClassLoader().getResourceAsStream("plan/mintrab/informes.html")) {
      portal.server().stubFor(any(urlPathEqualTo("/estadisticas/movilidad-laboral")).willReturn(aResponse()
          .withHeader("Content-Type", "text/html; charset=utf-8").withBody(in.readAllBytes())));
    }
    // The evidence URL comes from a user plan file overlaid on the shipped plan, as in production.
    Path planFile = Files.createTempFile("plan-usuario", ".yaml");
    Files.writeString(planFile, "plan:\n  commitments:\n    - id: c6\n      activities:\n        - id: c6-a2\n"
        + "          checks: [{id: mintrab-monthly-report, url: \"" + portal.baseUrl() + "/estadisticas/movilidad-laboral\"}]\n");
    DbConfig db = TestDatabase.config();
    Map<String, String> env = new HashMap<>(Map.of(
        ConfigLoader.envName("db.url"), db.url(), ConfigLoader.envName("db.user"), db.user(),
        ConfigLoader.envName("db.password"), db.password(),
        ConfigLoader.envName("crawler.allowPrivateAddresses"), "true",
        ConfigLoader.envName("crawler.perHostDelayMillis"), "0",
        ConfigLoader.envName("scheduler.enabled"), "true",
        ConfigLoader.envName("checks.art10Cron"), ART10_CRON,
        ConfigLoader.envName("checks.planEvidenceCron"), PLAN_CRON));
    env.put(ConfigLoader.envName("plan.file"), planFile.toString());
    obs = Observatory.start(Settings.load(Optional.empty(), env), Clock.systemUTC(), false);
    obs.registration().register(new Registry(List.of(new Institution("SECEJ", "Secretaría de Ejemplo", "secretaria", null)),
        List.of(new Source("secej-laip", "SECEJ", URI.create(portal.baseUrl() + "/transparencia/articulo-10"),
            "laip", null))));
    obs.scheduling().schedule(obs.registration().sources());
  }

  @AfterAll
  static void stop() {
    if (obs != null) {
      obs.close();
    }
    portal.close();
  }

  private static CrawlScheduler scheduler() {
    return obs.scheduling().scheduler().orElseThrow();
  }

  @Test
  void bothTasksAreScheduledOnTheirConfiguredCronsInTheSchedulersTimeZone() {
    assertThat(scheduler().tasks().cronTrigger(ComplianceJobs.ART10)).get().satisfies(t -> {
      assertThat(t.getCronExpression()).isEqualTo(ART10_CRON);
      assertThat(t.getTimeZone().getID()).isEqualTo("America/Guatemala");
      assertThat(t.getNextFireTime()).isNotNull();
    });
    assertThat(scheduler().tasks().cronTrigger(ComplianceJobs.PLAN_EVIDENCE)).get()
        .satisfies(t -> assertThat(t.getCronExpression()).isEqualTo(PLAN_CRON));
  }

  @Test
  void firingTheArticle10TaskStoresTheMonthsChecklistOfEveryLaipSource() throws Exception {
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    LaipRepository repo = obs.stores().laip();
    scheduler().tasks().trigger(ComplianceJobs.ART10);
    Optional<LaipChecklist> stored = Optional.empty();
    for (int i = 0; i < 120 && stored.isEmpty(); i++) {
      Thread.sleep(500);
      stored = repo.checklist("SECEJ", month).await();
    }
    assertThat(stored).as("the month's checklist").isPresent();
    assertThat(stored.get().numerals()).hasSize(29);
    assertThat(stored.get().layout()).isEqualTo("sections");
    assertThat(stored.get().count(LaipStatus.NOT_FOUND)).isLessThan(29);
  }

  @Test
  void firingThePlanTaskStoresTheMonthsEvidenceChecks() throws Exception {
    PlanRepository repo = obs.stores().plan();
    scheduler().tasks().trigger(ComplianceJobs.PLAN_EVIDENCE);
    boolean stored = false;
    for (int i = 0; i < 120 && !stored; i++) {
      Thread.sleep(500);
      stored = repo.checks().await().stream().anyMatch(r -> r.checkId().equals("mintrab-monthly-report")
          && r.month().equals(YearMonth.now(ZoneOffset.UTC)));
    }
    assertThat(stored).as("mintrab-monthly-report checked this month").isTrue();
  }
}
