package gt.observatorio.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.crawler.harvest.Issues;
import gt.observatorio.crawler.hostile.HostileServer;
import gt.observatorio.crawler.hostile.Responses;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hostile and broken servers: each ends as an exact typed outcome and the crawl completes. */
class FaultMatrixTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static ProbeResult probe(String path, Map<String, String> config) {
    try (CrawlerContext ctx = TestCrawler.context(config)) {
      return new HttpProber(ctx).probe(wm.baseUrl() + path, null);
    }
  }

  /** A raw server answering {@code head} and then zeros until the client hangs up (an endless or 2 GB body). */
  private static HostileServer endlessZeros(String head) throws java.io.IOException {
    String zeros = "\0".repeat(65536);
    return new HostileServer().on("/", Responses.endless(head, i -> zeros));
  }

  private static ProbeResult probe(String path) {
    return probe(path, Map.of());
  }

  private static void headRefused(String path) {
    wm.stubFor(head(urlEqualTo(path)).willReturn(aResponse().withStatus(405)));
  }

  private static ProbeResult faultOnGet(Fault fault) {
    headRefused("/f");
    wm.stubFor(get(urlEqualTo("/f")).willReturn(aResponse().withFault(fault)));
    return probe("/f");
  }

  private static HarvestSummary harvestCkan(Map<String, String> config, List<Dataset> sink) {
    try (CrawlerContext ctx = TestCrawler.context(config)) {
      return new CkanHarvester(ctx).harvest(URI.create(wm.baseUrl() + "/"), sink::add);
    }
  }

  private static List<String> codes(HarvestSummary s) {
    return s.issues().stream().map(HarvestIssue::code).toList();
  }

  @Test
  void connectionResetIsConnectionFailed() {
    assertThat(faultOnGet(Fault.CONNECTION_RESET_BY_PEER).outcome()).isEqualTo(ProbeOutcome.CONNECTION_FAILED);
  }

  @Test
  void emptyReplyIsConnectionFailed() {
    assertThat(faultOnGet(Fault.EMPTY_RESPONSE).outcome()).isEqualTo(ProbeOutcome.CONNECTION_FAILED);
  }

  @Test
  void malformedChunkIsProtocolErrorWithTheStatusKept() {
    ProbeResult r = faultOnGet(Fault.MALFORMED_RESPONSE_CHUNK);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.PROTOCOL_ERROR);
    assertThat(r.httpStatus()).isEqualTo(200);
  }

  @Test
  void randomDataThenCloseIsProtocolError() {
    ProbeResult r = faultOnGet(Fault.RANDOM_DATA_THEN_CLOSE);
    assertThat(r.outcome()).as(r.detail()).isEqualTo(ProbeOutcome.PROTOCOL_ERROR);
  }

  @Test
  void slowDribblePastTheTotalLimitIsTimeout() {
    headRefused("/lento.csv");
    wm.stubFor(get(urlEqualTo("/lento.csv")).willReturn(aResponse().withBody(new byte[64 * 1024])
        .withChunkedDribbleDelay(40, 8000)));
    long start = System.nanoTime();
    ProbeResult r = probe("/lento.csv", Map.of("crawler.totalTimeoutMillis", "1500",
        "crawler.readTimeoutMillis", "1000", "crawler.rangeBytes", "65536"));
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.TIMEOUT);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
  }

  @Test
  void silenceLongerThanTheReadTimeoutIsTimeout() {
    wm.stubFor(head(urlEqualTo("/mudo")).willReturn(aResponse().withFixedDelay(3000)));
    assertThat(probe("/mudo", Map.of("crawler.readTimeoutMillis", "800")).outcome())
        .isEqualTo(ProbeOutcome.TIMEOUT);
  }

  @Test
  void status429WithShortRetryAfterIsWaitedForAndRetriedOnce() {
    wm.stubFor(head(urlEqualTo("/limitado.csv")).inScenario("429").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    wm.stubFor(head(urlEqualTo("/limitado.csv")).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/limitado.csv")).willReturn(aResponse().withBody("a,b\n1,2\n")));
    ProbeResult r = probe("/limitado.csv");
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.REACHABLE);
    List<Long> times = wm.findAll(headRequestedFor(urlEqualTo("/limitado.csv"))).stream()
        .map(q -> q.getLoggedDate().getTime()).sorted().toList();
    assertThat(times).hasSize(2);
    assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(995);
  }

  @Test
  void status429WithLongRetryAfterIsRateLimited() {
    wm.stubFor(head(urlEqualTo("/saturado")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    ProbeResult r = probe("/saturado");
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.RATE_LIMITED);
    assertThat(r.httpStatus()).isEqualTo(429);
    assertThat(wm.findAll(getRequestedFor(urlEqualTo("/saturado")))).isEmpty();
  }

  @Test
  void a503StormIsServerError() {
    wm.stubFor(head(urlEqualTo("/caido")).willReturn(aResponse().withStatus(503)));
    wm.stubFor(get(urlEqualTo("/caido")).willReturn(aResponse().withStatus(503)));
    ProbeResult r = probe("/caido");
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.SERVER_ERROR);
    assertThat(r.httpStatus()).isEqualTo(503);
  }

  @Test
  void aTwoGigabyteBodyIsProbedWithoutReadingIt() throws Exception {
    try (HostileServer big = endlessZeros("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n"
        + "Content-Length: 2147483648\r\n\r\n"); CrawlerContext ctx = TestCrawler.context()) {
      long start = System.nanoTime();
      ProbeResult r = new HttpProber(ctx).probe(big.url("/enorme.csv"), null);
      assertThat(r.outcome()).isEqualTo(ProbeOutcome.REACHABLE);
      assertThat(r.contentLength()).isEqualTo(2147483648L);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    }
  }

  @Test
  void aTwoGigabyteCatalogIsTooLarge() throws Exception {
    try (HostileServer big = endlessZeros("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 2147483648\r\n\r\n"); CrawlerContext ctx = TestCrawler.context()) {
      HarvestSummary s = new CkanHarvester(ctx).harvest(URI.create(big.url("/")), d -> { });
      assertThat(s.failed()).isTrue();
      assertThat(codes(s)).contains(Issues.TOO_LARGE);
    }
  }

  @Test
  void anEndlessCatalogWithoutLengthIsTooLarge() throws Exception {
    try (HostileServer big = endlessZeros("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Connection: close\r\n\r\n");
        CrawlerContext ctx = TestCrawler.context(Map.of("crawler.maxBodyBytes", "1000000"))) {
      HarvestSummary s = new CkanHarvester(ctx).harvest(URI.create(big.url("/")), d -> { });
      assertThat(codes(s)).contains(Issues.TOO_LARGE);
    }
  }

  @Test
  void aGzipBombIsStoppedAtTheDecompressionLimit() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    wm.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(bomb.toByteArray())));
    HarvestSummary s = harvestCkan(Map.of("crawler.maxDecompressedBytes", "4000000"), new ArrayList<>());
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo(Issues.TOO_LARGE);
      assertThat(i.message()).contains("decompressed");
    });
  }

  @Test
  void invalidUtf8IsReportedAndTheCatalogStillRead() {
    byte[] body = ("{\"success\": true, \"result\": {\"count\": 1, \"results\": [{\"id\": \"d1\", "
        + "\"title\": \"Poblaci\u00f3n por a\u00f1o\"}]}}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    wm.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
    List<Dataset> got = new ArrayList<>();
    HarvestSummary s = harvestCkan(Map.of(), got);
    assertThat(s.datasets()).isEqualTo(1);
    assertThat(codes(s)).containsExactly(Issues.INVALID_ENCODING);
    assertThat(got.get(0).title()).isEqualTo("Poblaci\uFFFDn por a\uFFFDo");
  }

  @Test
  void aDeclaredLatin1CharsetIsDecoded() {
    byte[] body = ("{\"success\": true, \"result\": {\"count\": 1, \"results\": [{\"id\": \"d1\", "
        + "\"title\": \"Poblaci\u00f3n por a\u00f1o\"}]}}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    wm.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json; charset=ISO-8859-1").withBody(body)));
    List<Dataset> got = new ArrayList<>();
    HarvestSummary s = harvestCkan(Map.of(), got);
    assertThat(s.issues()).isEmpty();
    assertThat(got.get(0).title()).isEqualTo("Poblaci\u00f3n por a\u00f1o");
  }

  @Test
  void robotsAnswering5xxDisallowsTheHost() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(503)));
    wm.stubFor(head(urlEqualTo("/datos.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    assertThat(probe("/datos.csv").outcome()).isEqualTo(ProbeOutcome.DISALLOWED_BY_ROBOTS);
    assertThat(wm.findAll(headRequestedFor(urlEqualTo("/datos.csv")))).isEmpty();
  }

  @Test
  void robotsAnswering4xxAllowsEverything() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(head(urlEqualTo("/datos.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/datos.csv")).willReturn(aResponse().withBody("a,b\n1,2\n")));
    assertThat(probe("/datos.csv").outcome()).isEqualTo(ProbeOutcome.REACHABLE);
  }

  @Test
  void robotsDisallowIsObeyedForOurAgent() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
        .withBody("User-agent: *\nDisallow: /privado/\n\nUser-agent: ObservatorioDatosAbiertosGT\nDisallow: /interno/\n")));
    wm.stubFor(head(urlEqualTo("/publico.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/publico.csv")).willReturn(aResponse().withBody("a,b\n1,2\n")));
    assertThat(probe("/interno/datos.csv").outcome()).isEqualTo(ProbeOutcome.DISALLOWED_BY_ROBOTS);
    assertThat(probe("/privado/datos.csv").outcome()).as("our own group replaces the * group")
        .isNotEqualTo(ProbeOutcome.DISALLOWED_BY_ROBOTS);
    assertThat(probe("/publico.csv").outcome()).isEqualTo(ProbeOutcome.REACHABLE);
  }
}
