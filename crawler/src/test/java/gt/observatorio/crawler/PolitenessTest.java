package gt.observatorio.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PolitenessTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

  private static String base() {
    return "http://localhost:" + wm.getPort();
  }

  private static List<Long> times(String pathRegex) {
    return wm.getAllServeEvents().stream().map(e -> e.getRequest())
        .filter(r -> r.getUrl().matches(pathRegex)).map(r -> r.getLoggedDate().getTime()).sorted().toList();
  }

  private static void files() {
    wm.stubFor(any(urlPathMatching("/f/.*")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withBody("a,b\n1,2\n")));
  }

  @Test
  void robotsCrawlDelayIsHonouredAndCapped() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withBody("User-agent: *\nCrawl-delay: 60\n")));
    files();
    try (CrawlerContext ctx = TestCrawler.context(Map.of("crawler.maxCrawlDelayMillis", "700"))) {
      HttpProber p = new HttpProber(ctx);
      long start = System.nanoTime();
      p.probe(base() + "/f/1.csv", null);
      p.probe(base() + "/f/2.csv", null);
      long took = (System.nanoTime() - start) / 1_000_000;
      List<Long> t = times("/f/.*");
      assertThat(t).hasSize(4);
      for (int i = 1; i < t.size(); i++) {
        assertThat(t.get(i) - t.get(i - 1)).isGreaterThanOrEqualTo(695);
      }
      assertThat(took).as("capped far below the declared 60 s").isLessThan(20_000);
    }
  }

  @Test
  void robotsTxtIsFetchedOncePerHost() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withBody("User-agent: *\nAllow: /\n")));
    files();
    try (CrawlerContext ctx = TestCrawler.context()) {
      new HttpProber(ctx).probeAll(List.of(base() + "/f/1.csv", base() + "/f/2.csv",
          base() + "/f/3.csv"), u -> null);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
  }

  @Test
  void robotsAnswering429DisallowsForNow() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(429)));
    files();
    try (CrawlerContext ctx = TestCrawler.context()) {
      assertThat(new HttpProber(ctx).probe(base() + "/f/1.csv", null).outcome())
          .isEqualTo(ProbeOutcome.DISALLOWED_BY_ROBOTS);
    }
  }

  @Test
  void aCatalogAnswering429IsAskedAgainAfterRetryAfter() {
    String search = "/api/3/action/package_search";
    wm.stubFor(get(urlPathEqualTo(search)).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(search)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"success\": true, \"result\": {\"count\": 1, \"results\": [{\"id\": \"x\", \"title\": \"X\"}]}}")));
    try (CrawlerContext ctx = TestCrawler.context()) {
      HarvestSummary s = new CkanHarvester(ctx).harvest(URI.create(base()), d -> { });
      assertThat(s.datasets()).isEqualTo(1);
      assertThat(s.issues()).isEmpty();
    }
    List<Long> t = times("/api/3/action/package_search.*");
    assertThat(t.get(1) - t.get(0)).isGreaterThanOrEqualTo(995);
  }

  @Test
  void anUntrustedCertificateIsTlsFailure() {
    files();
    try (CrawlerContext ctx = TestCrawler.context(Map.of("crawler.robots.enabled", "false"))) {
      ProbeResult r = new HttpProber(ctx).probe("https://localhost:" + wm.getHttpsPort() + "/f/1.csv", null);
      assertThat(r.outcome()).isEqualTo(ProbeOutcome.TLS_FAILURE);
      assertThat(r.tlsValid()).isFalse();
    }
  }
}
