package gt.observatorio.web.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.engine.compliance.ActionPlan.EvidenceCheck;
import gt.observatorio.engine.compliance.EvidenceOutcome;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.web.plan.HttpEvidenceChecker;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plan's automatic checks against real-shaped evidence served by WireMock. */
class EvidenceCheckerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static byte[] resource(String path) throws Exception {
    try (InputStream in = EvidenceCheckerTest.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  private EvidenceOutcome check(String kind, String path, int maxAge, String today) {
    Map<String, String> env = Map.of(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true",
        ConfigLoader.envName("crawler.perHostDelayMillis"), "0");
    CrawlerConfig cfg = CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE), Optional.empty(),
        env));
    Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
    try (Crawler crawler = Crawler.create(cfg, clock)) {
      return new HttpEvidenceChecker(crawler.context(), crawler.prober(), Optional.empty()).check(new EvidenceCheck(
          "k", kind, "http://127.0.0.1:" + wm.getPort() + path, "", Text.of("x", "x"), maxAge));
    }
  }

  private void mintrab() throws Exception {
    wm.stubFor(any(urlPathEqualTo("/estadisticas/movilidad-laboral")).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(resource("plan/mintrab/informes.html"))));
    wm.stubFor(any(urlPathMatching("/wp-content/uploads/.*\\.pdf")).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
  }

  @Test
  void aMonthlyReportIsCurrentWhenTheNewestMonthIsRecentAndAnswers() throws Exception {
    mintrab();
    EvidenceOutcome o = check("document-current", "/estadisticas/movilidad-laboral", 2, "2025-06-10");
    assertThat(o.passed()).isTrue();
    assertThat(o.observed()).startsWith("latest=2025-04 age=2m");
    assertThat(o.evidenceUrl()).endsWith("Informe-movilidad-laboral-abril-2025.pdf");
  }

  @Test
  void theSameReportsAreStaleThreeMonthsLater() throws Exception {
    mintrab();
    EvidenceOutcome o = check("document-current", "/estadisticas/movilidad-laboral", 2, "2025-09-01");
    assertThat(o.passed()).isFalse();
    assertThat(o.observed()).startsWith("latest=2025-04 age=5m");
  }

  @Test
  void openDataMustAnswerWithMachineReadableContent() {
    wm.stubFor(any(urlPathEqualTo("/datos/rendicion.csv")).willReturn(aResponse()
        .withHeader("Content-Type", "text/csv").withBody("mes,acciones\n2025-04,12\n2025-05,9\n")));
    wm.stubFor(any(urlPathEqualTo("/datos/rendicion.pdf")).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n")));
    assertThat(check("open-data", "/datos/rendicion.csv", 0, "2025-06-10").passed()).isTrue();
    EvidenceOutcome pdf = check("open-data", "/datos/rendicion.pdf", 0, "2025-06-10");
    assertThat(pdf.passed()).isFalse();
    assertThat(pdf.observed()).contains("format=PDF");
  }

  @Test
  void anOc4idsPackageWithReviewFindingsFails() throws Exception {
    wm.stubFor(any(urlPathEqualTo("/oc4ids/proyectos.json")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(resource("oc4ids/mspas/project-package.json"))));
    EvidenceOutcome o = check("oc4ids", "/oc4ids/proyectos.json", 0, "2025-06-10");
    assertThat(o.passed()).isFalse();
    assertThat(o.observed()).startsWith("4 findings, 3 errors: oc4ids.amount_without_currency,oc4ids.empty_value,oc4ids.id_prefix,"
        + "oc4ids.organization_reference_missing").contains("schema not configured");
    assertThat(check("oc4ids", "/oc4ids/nada.json", 0, "2025-06-10").observed()).isEqualTo("unreachable: HTTP 404");
  }
}
