package gt.observatorio.crawler.laip;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the observatory may not or cannot check is reported as such, never as broken or missing. */
class LaipUnverifiableTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private LaipChecklist checklist;

  private Map<Integer, LaipNumeralCheck> check(String indexPath) {
    try (CrawlerContext ctx = TestCrawler.context()) {
      checklist = new LaipChecker(ctx, new HttpProber(ctx), LaipConfig.defaults())
          .check(URI.create(base() + indexPath));
    }
    return checklist.numerals().stream().collect(Collectors.toMap(LaipNumeralCheck::numeral, n -> n));
  }

  private static String base() {
    return "http://127.0.0.1:" + wm.getPort();
  }

  static String fixture(String name) {
    return new String(TestCrawler.resource("laip/" + name), StandardCharsets.UTF_8)
        .replace("PORT", String.valueOf(wm.getPort()));
  }

  private static void stub(String path, String type, String body) {
    wm.stubFor(any(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  private void robotsFixture() {
    stub("/robots.txt", "text/plain", fixture("robots/robots.txt"));
    stub("/transparencia/", "text/html; charset=UTF-8", fixture("robots/index.html"));
    stub("/ipo/numeral-4-remuneraciones", "text/html; charset=UTF-8", "<html><body>nómina</body></html>");
    wm.stubFor(any(urlPathMatching("/(docs/ejecucion|privado/).*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n")));
  }

  @Test
  void numeralsWhosePagesRobotsTxtDisallowsAreNotVerifiableNotBroken() {
    robotsFixture();

    Map<Integer, LaipNumeralCheck> m = check("/transparencia/");

    assertThat(m.get(4).status()).isEqualTo(LaipStatus.NOT_VERIFIABLE);
    assertThat(m.get(9).status()).isEqualTo(LaipStatus.NOT_VERIFIABLE);
    assertThat(m.get(4).brokenLinks()).isEmpty();
    assertThat(m.get(9).brokenLinks()).isEmpty();
    assertThat(m.get(4).evidence()).containsExactly(base() + "/ipo/numeral-4-remuneraciones");
    assertThat(m.get(8).status()).isEqualTo(LaipStatus.CURRENT);
    assertThat(m.get(12).status()).as("a missing document is still broken").isEqualTo(LaipStatus.BROKEN);
    assertThat(checklist.count(LaipStatus.BROKEN)).isEqualTo(1);
    assertThat(checklist.issues()).extracting(HarvestIssue::code, HarvestIssue::url).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("laip.robots_disallowed", base() + "/ipo/numeral-4-remuneraciones"),
        org.assertj.core.groups.Tuple.tuple("laip.robots_disallowed", base() + "/privado/depositos-mayo-2025.pdf"));
    assertThat(wm.findAll(anyRequestedFor(urlPathMatching("/(ipo|privado)/.*")))).as("never requested").isEmpty();
  }

  @Test
  void notVerifiableCountsInTheDenominatorButNeverAsCompliant() {
    robotsFixture();

    check("/transparencia/");

    assertThat(checklist.count(LaipStatus.NOT_VERIFIABLE)).isEqualTo(2);
    assertThat(checklist.compliancePercent()).isEqualTo(Math.round(1000.0 * 1 / 29) / 10.0);
    assertThat(checklist.publishedPercent()).isEqualTo(Math.round(1000.0 * 1 / 29) / 10.0);
  }

  @Test
  void anIndexPageRobotsTxtDisallowsMakesEveryNumeralNotVerifiable() {
    stub("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");

    Map<Integer, LaipNumeralCheck> m = check("/transparencia/");

    assertThat(m.values()).hasSize(29).allMatch(n -> n.status() == LaipStatus.NOT_VERIFIABLE);
    assertThat(checklist.issues()).extracting(HarvestIssue::code).containsExactly("laip.robots_disallowed");
    assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo("/transparencia/")))).isEmpty();
  }
}
