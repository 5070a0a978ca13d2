package gt.observatorio.crawler.laip;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the observatory may not or cannot check is reported as such, never as broken or missing. */
class LaipUnverifiableTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final LaipPortal portal = new LaipPortal(wm);

  private void robotsFixture() {
    portal.stub("/robots.txt", "text/plain", portal.fixture("robots/robots.txt"));
    portal.stub("/transparencia/", "text/html; charset=UTF-8", portal.fixture("robots/index.html"));
    portal.stub("/ipo/numeral-4-remuneraciones", "text/html; charset=UTF-8", "<html><body>nómina</body></html>");
    wm.stubFor(any(urlPathMatching("/(docs/ejecucion|privado/).*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n")));
  }

  @Test
  void numeralsWhosePagesRobotsTxtDisallowsAreNotVerifiableNotBroken() {
    robotsFixture();

    Map<Integer, LaipNumeralCheck> m = portal.check("/transparencia/");

    assertThat(m.get(4).status()).isEqualTo(LaipStatus.NOT_VERIFIABLE);
    assertThat(m.get(9).status()).isEqualTo(LaipStatus.NOT_VERIFIABLE);
    assertThat(m.get(4).brokenLinks()).isEmpty();
    assertThat(m.get(9).brokenLinks()).isEmpty();
    assertThat(m.get(4).evidence()).containsExactly(portal.base() + "/ipo/numeral-4-remuneraciones");
    assertThat(m.get(8).status()).isEqualTo(LaipStatus.CURRENT);
    assertThat(m.get(12).status()).as("a missing document is still broken").isEqualTo(LaipStatus.BROKEN);
    assertThat(portal.checklist().count(LaipStatus.BROKEN)).isEqualTo(1);
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::code, HarvestIssue::url).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("laip.robots_disallowed", portal.base() + "/ipo/numeral-4-remuneraciones"),
        org.assertj.core.groups.Tuple.tuple("laip.robots_disallowed", portal.base() + "/privado/depositos-mayo-2025.pdf"));
    assertThat(wm.findAll(anyRequestedFor(urlPathMatching("/(ipo|privado)/.*")))).as("never requested").isEmpty();
  }

  @Test
  void notVerifiableCountsInTheDenominatorButNeverAsCompliant() {
    robotsFixture();

    portal.check("/transparencia/");

    assertThat(portal.checklist().count(LaipStatus.NOT_VERIFIABLE)).isEqualTo(2);
    assertThat(portal.checklist().compliancePercent()).isEqualTo(Math.round(1000.0 * 1 / 29) / 10.0);
    assertThat(portal.checklist().publishedPercent()).isEqualTo(Math.round(1000.0 * 1 / 29) / 10.0);
  }

  @Test
  void anIndexPageRobotsTxtDisallowsMakesEveryNumeralNotVerifiable() {
    portal.stub("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n");

    Map<Integer, LaipNumeralCheck> m = portal.check("/transparencia/");

    assertThat(m.values()).hasSize(29).allMatch(n -> n.status() == LaipStatus.NOT_VERIFIABLE);
    assertThat(portal.checklist().issues()).extracting(HarvestIssue::code).containsExactly("laip.robots_disallowed");
    assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo("/transparencia/")))).isEmpty();
  }
}
