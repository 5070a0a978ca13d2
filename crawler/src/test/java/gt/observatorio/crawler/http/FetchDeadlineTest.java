package gt.observatorio.crawler.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.ProbeOutcome;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One deadline per fetch ({@code totalTimeoutMillis}): robots.txt, the wait for the host's turn and the
 * page (every hop) together, honoured to within {@value #SLACK_MS} ms. Servers delay with WireMock.
 */
class FetchDeadlineTest {
  static final long SLACK_MS = 1500;
  static final long TOTAL_MS = 3000;

  @RegisterExtension
  static WireMockExtension a = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension b = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static CrawlerContext context(Map<String, String> more) {
    Map<String, String> keys = new HashMap<>(Map.of("crawler.totalTimeoutMillis", String.valueOf(TOTAL_MS),
        "crawler.readTimeoutMillis", "20000"));
    keys.putAll(more);
    return TestCrawler.context(keys);
  }

  private static FetchRequest page(String url) {
    return FetchRequest.document(URI.create(url), 1 << 20, true, "text/html");
  }

  private record Timed(FetchResult result, long millis) {}

  private static Timed timed(SafeFetcher f, FetchRequest req) {
    long start = System.nanoTime();
    FetchResult r = f.fetch(req);
    return new Timed(r, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  @Test
  void robotsTxtAndThePageShareOneDeadline() {
    a.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withFixedDelay(2000).withBody("User-agent: *\n")));
    a.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withFixedDelay(2000).withBody("<html></html>")));
    try (CrawlerContext ctx = context(Map.of())) {
      Timed t = timed(ctx.fetcher(), page(a.baseUrl() + "/p"));
      assertThat(t.result().failure()).as(t.result().detail()).isEqualTo(ProbeOutcome.TIMEOUT);
      assertThat(t.millis()).isBetween(TOTAL_MS - 100, TOTAL_MS + SLACK_MS);
    }
  }

  @Test
  void aRedirectToAHostWithASlowRobotsTxtStaysWithinTheFirstRequestsDeadline() {
    a.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    a.stubFor(get(urlEqualTo("/start")).willReturn(aResponse().withFixedDelay(2000).withStatus(302)
        .withHeader("Location", b.baseUrl() + "/p")));
    b.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withFixedDelay(6000).withBody("User-agent: *\n")));
    b.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withBody("<html></html>")));
    try (CrawlerContext ctx = context(Map.of())) {
      Timed t = timed(ctx.fetcher(), page(a.baseUrl() + "/start"));
      assertThat(t.result().failure()).as(t.result().detail()).isEqualTo(ProbeOutcome.TIMEOUT);
      assertThat(t.result().detail()).contains("robots.txt");
      assertThat(t.millis()).isBetween(TOTAL_MS - 100, TOTAL_MS + SLACK_MS);
    }
    b.verify(0, getRequestedFor(urlEqualTo("/p")));
  }

  @Test
  void aPolitenessPauseEndingAfterTheDeadlineEndsTheFetchAtOnceAsTimeout() {
    a.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withBody("<html></html>")));
    try (CrawlerContext ctx = context(Map.of("crawler.perHostDelayMillis", "8000",
        "crawler.robots.enabled", "false"))) {
      assertThat(ctx.fetcher().fetch(page(a.baseUrl() + "/p")).status()).isEqualTo(200);
      Timed t = timed(ctx.fetcher(), page(a.baseUrl() + "/p"));
      assertThat(t.result().failure()).isEqualTo(ProbeOutcome.TIMEOUT);
      assertThat(t.result().detail()).contains("politeness");
      assertThat(t.millis()).isLessThanOrEqualTo(TOTAL_MS + SLACK_MS);
    }
    a.verify(1, getRequestedFor(urlEqualTo("/p")));
  }

  @Test
  void aPolitenessPauseCountsAgainstTheDeadlineAndThePageStillArrivesWhenBothFit() {
    a.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withFixedDelay(1000).withBody("<html></html>")));
    try (CrawlerContext ctx = context(Map.of("crawler.perHostDelayMillis", "1500",
        "crawler.robots.enabled", "false"))) {
      ctx.fetcher().fetch(page(a.baseUrl() + "/p"));
      Timed fits = timed(ctx.fetcher(), page(a.baseUrl() + "/p"));
      assertThat(fits.result().status()).as(fits.result().detail()).isEqualTo(200);
      assertThat(fits.millis()).isGreaterThanOrEqualTo(2400);
    }
    try (CrawlerContext ctx = context(Map.of("crawler.perHostDelayMillis", "2500",
        "crawler.robots.enabled", "false"))) {
      a.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withFixedDelay(2000).withBody("<html></html>")));
      ctx.fetcher().fetch(page(a.baseUrl() + "/p"));
      Timed over = timed(ctx.fetcher(), page(a.baseUrl() + "/p"));
      assertThat(over.result().failure()).isEqualTo(ProbeOutcome.TIMEOUT);
      assertThat(over.millis()).as("2.5 s pause + 2 s page, cut at the 3 s deadline")
          .isBetween(TOTAL_MS - 100, TOTAL_MS + SLACK_MS);
    }
  }

  @Test
  void aRobotsTxtCutShortByTheEnclosingDeadlineIsNotCachedAsUnreadable() {
    a.stubFor(get(urlEqualTo("/start")).willReturn(aResponse().withFixedDelay(2500).withStatus(302)
        .withHeader("Location", b.baseUrl() + "/p")));
    a.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    b.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withFixedDelay(1000).withBody("User-agent: *\n")));
    b.stubFor(get(urlEqualTo("/p")).willReturn(aResponse().withBody("<html></html>")));
    try (CrawlerContext ctx = context(Map.of())) {
      assertThat(ctx.fetcher().fetch(page(a.baseUrl() + "/start")).failure()).isEqualTo(ProbeOutcome.TIMEOUT);
      FetchResult direct = ctx.fetcher().fetch(page(b.baseUrl() + "/p"));
      assertThat(direct.status()).as(direct.detail()).isEqualTo(200);
    }
  }
}
