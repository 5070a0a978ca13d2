package gt.observatorio.crawler.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "localhost" and "127.0.0.1" are two hosts to the crawler, served by one WireMock. */
class PerHostSpacingTest {
  private static final long DELAY = 300;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void requestsToOneHostAreSpacedWhileHostsRunInParallel() {
    wm.stubFor(any(urlPathMatching("/d/.*")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withBody("a,b\n1,2\n")));
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      urls.add("http://localhost:" + wm.getPort() + "/d/a" + i + ".csv");
      urls.add("http://127.0.0.1:" + wm.getPort() + "/d/b" + i + ".csv");
    }
    try (CrawlerContext ctx = TestCrawler.context(Map.of("crawler.perHostDelayMillis", String.valueOf(DELAY),
        "crawler.maxConcurrency", "4", "crawler.robots.enabled", "false"))) {
      Map<String, ProbeResult> results = new HttpProber(ctx).probeAll(urls, u -> null);

      assertThat(results).hasSize(8);
      assertThat(results.values()).allMatch(r -> r.outcome() == ProbeOutcome.REACHABLE);
      List<LoggedRequest> all = wm.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
      for (String host : List.of("localhost", "127.0.0.1")) {
        List<Long> times = all.stream().filter(r -> r.getHeader("Host").startsWith(host + ":"))
            .map(r -> r.getLoggedDate().getTime()).sorted(Comparator.naturalOrder()).toList();
        assertThat(times).hasSize(8);
        for (int i = 1; i < times.size(); i++) {
          assertThat(times.get(i) - times.get(i - 1)).as("gap before request %d to %s", i, host)
              .isGreaterThanOrEqualTo(DELAY - 5);
        }
      }
      long firstB = all.stream().filter(r -> r.getHeader("Host").startsWith("127.0.0.1:"))
          .mapToLong(r -> r.getLoggedDate().getTime()).min().orElseThrow();
      long lastA = all.stream().filter(r -> r.getHeader("Host").startsWith("localhost:"))
          .mapToLong(r -> r.getLoggedDate().getTime()).max().orElseThrow();
      assertThat(firstB).as("the second host does not wait for the first").isLessThan(lastA);
    }
  }
}
