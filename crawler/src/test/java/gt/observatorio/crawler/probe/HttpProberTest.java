package gt.observatorio.crawler.probe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpProberTest {
  static final byte[] CSV = "departamento,sexo,afiliados\nGuatemala,F,120345\nEscuintla,M,40211\n"
      .getBytes(StandardCharsets.UTF_8);
  static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
      .getBytes(StandardCharsets.ISO_8859_1);

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private CrawlerContext ctx;
  private HttpProber prober;

  @BeforeEach
  void setUp() {
    ctx = TestCrawler.context();
    prober = new HttpProber(ctx);
  }

  @AfterEach
  void tearDown() {
    ctx.close();
  }

  private String url(String path) {
    return wm.baseUrl() + path;
  }

  @Test
  void aReachableCsvIsSniffedAndMeasured() {
    wm.stubFor(head(urlEqualTo("/empleo.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withHeader("Content-Length", "5000").withHeader("ETag", "\"v1\"")
        .withHeader("Last-Modified", "Mon, 02 Jun 2025 10:00:00 GMT")));
    wm.stubFor(get(urlEqualTo("/empleo.csv")).withHeader("Range", equalTo("bytes=0-8191"))
        .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "text/csv")
            .withHeader("Content-Range", "bytes 0-" + (CSV.length - 1) + "/5000").withBody(CSV)));

    ProbeResult r = prober.probe(url("/empleo.csv"), null);

    assertThat(r.outcome()).isEqualTo(ProbeOutcome.REACHABLE);
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.finalUrl()).isEqualTo(url("/empleo.csv"));
    assertThat(r.redirectChain()).isEmpty();
    assertThat(r.declaredContentType()).isEqualTo("text/csv");
    assertThat(r.sniffedContentType()).isEqualTo("text/csv");
    assertThat(r.format()).isEqualTo("CSV");
    assertThat(r.contentLength()).isEqualTo(5000L);
    assertThat(r.etag()).isEqualTo("\"v1\"");
    assertThat(r.lastModified()).isEqualTo("Mon, 02 Jun 2025 10:00:00 GMT");
    assertThat(r.checkedAt()).isEqualTo(TestCrawler.NOW);
    assertThat(r.tlsValid()).isNull();
  }

  @Test
  void headRefusedFallsBackToRangedGet() {
    wm.stubFor(head(urlEqualTo("/informe")).willReturn(aResponse().withStatus(405)));
    wm.stubFor(get(urlEqualTo("/informe")).willReturn(aResponse().withHeader("Content-Type", "application/pdf")
        .withBody(PDF)));
    ProbeResult r = prober.probe(url("/informe"), null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.REACHABLE);
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.format()).isEqualTo("PDF");
  }

  @Test
  void aWrongContentTypeIsSeenThroughBySniffing() {
    wm.stubFor(head(urlEqualTo("/datos")).willReturn(aResponse().withHeader("Content-Type", "text/html")));
    wm.stubFor(get(urlEqualTo("/datos")).willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody(PDF)));
    ProbeResult r = prober.probe(url("/datos"), null);
    assertThat(r.declaredContentType()).isEqualTo("text/html");
    assertThat(r.sniffedContentType()).isEqualTo("application/pdf");
    assertThat(r.format()).isEqualTo("PDF");
  }

  @Test
  void clientAndServerErrorsKeepTheStatusApart() {
    wm.stubFor(head(urlEqualTo("/no-existe.csv")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(get(urlEqualTo("/no-existe.csv")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(head(urlEqualTo("/roto.csv")).willReturn(aResponse().withStatus(500)));
    wm.stubFor(get(urlEqualTo("/roto.csv")).willReturn(aResponse().withStatus(500)));
    ProbeResult missing = prober.probe(url("/no-existe.csv"), null);
    ProbeResult broken = prober.probe(url("/roto.csv"), null);
    assertThat(missing.outcome()).isEqualTo(ProbeOutcome.CLIENT_ERROR);
    assertThat(missing.httpStatus()).isEqualTo(404);
    assertThat(missing.format()).isNull();
    assertThat(broken.outcome()).isEqualTo(ProbeOutcome.SERVER_ERROR);
    assertThat(broken.httpStatus()).isEqualTo(500);
  }

  @Test
  void headThatDisagreesWithGetIsSettledByTheGet() {
    wm.stubFor(head(urlEqualTo("/engano.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/engano.csv")).willReturn(aResponse().withStatus(404)));
    ProbeResult r = prober.probe(url("/engano.csv"), null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.CLIENT_ERROR);
    assertThat(r.httpStatus()).isEqualTo(404);
    assertThat(r.detail()).contains("HEAD answered 200, GET answered 404");
  }

  @Test
  void redirectsAreFollowedAndRecorded() {
    wm.stubFor(head(urlEqualTo("/viejo.csv")).willReturn(aResponse().withStatus(301).withHeader("Location", "/nuevo.csv")));
    wm.stubFor(get(urlEqualTo("/viejo.csv")).willReturn(aResponse().withStatus(301).withHeader("Location", "/nuevo.csv")));
    wm.stubFor(head(urlEqualTo("/nuevo.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/nuevo.csv")).willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(CSV)));
    ProbeResult r = prober.probe(url("/viejo.csv"), null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.REDIRECTED);
    assertThat(r.finalUrl()).isEqualTo(url("/nuevo.csv"));
    assertThat(r.redirectChain()).containsExactly(url("/viejo.csv"));
    assertThat(r.format()).isEqualTo("CSV");
  }

  @Test
  void aRedirectLoopEnds() {
    wm.stubFor(head(urlEqualTo("/a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/b")));
    wm.stubFor(head(urlEqualTo("/b")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));
    ProbeResult r = prober.probe(url("/a"), null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.TOO_MANY_REDIRECTS);
    assertThat(r.detail()).contains("loop");
  }

  @Test
  void moreThanFiveRedirectsEnd() {
    for (int i = 0; i < 7; i++) {
      wm.stubFor(head(urlEqualTo("/r" + i)).willReturn(aResponse().withStatus(307).withHeader("Location", "/r" + (i + 1))));
    }
    ProbeResult r = prober.probe(url("/r0"), null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.TOO_MANY_REDIRECTS);
    assertThat(r.redirectChain()).hasSize(6);
  }

  @Test
  void aRedirectToACloudMetadataAddressIsBlockedBeforeConnecting() {
    wm.stubFor(head(urlEqualTo("/trampa")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
    wm.stubFor(head(urlEqualTo("/trampa-dns")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", "http://metadata.test/latest/meta-data/")));
    ProbeResult literal = prober.probe(url("/trampa"), null);
    ProbeResult named = prober.probe(url("/trampa-dns"), null);
    assertThat(literal.outcome()).isEqualTo(ProbeOutcome.BLOCKED_PRIVATE_ADDRESS);
    assertThat(literal.redirectChain()).containsExactly(url("/trampa"));
    assertThat(named.outcome()).isEqualTo(ProbeOutcome.BLOCKED_PRIVATE_ADDRESS);
    assertThat(named.detail()).contains("169.254.169.254");
    assertThat(literal.latencyMillis()).isLessThan(1500);
  }

  @Test
  void privateAddressesAreBlockedUnlessAllowed() {
    ProbeResult r = prober.probe("http://10.0.0.1/datos.csv", null);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.BLOCKED_PRIVATE_ADDRESS);
    try (CrawlerContext strict = CrawlerContext.create(
        TestCrawler.config(Map.of("crawler.allowedAddressRanges", "")), TestCrawler.CLOCK, TestCrawler.RESOLVER)) {
      assertThat(new HttpProber(strict).probe(url("/x.csv"), null).outcome())
          .isEqualTo(ProbeOutcome.BLOCKED_PRIVATE_ADDRESS);
    }
  }

  @Test
  void aConditionalRequestAnswered304IsNotModified() {
    wm.stubFor(head(urlEqualTo("/ipc.csv")).withHeader("If-None-Match", equalTo("\"v7\""))
        .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v7\"")));
    ProbeResult previous = new ProbeResult(url("/ipc.csv"), ProbeOutcome.REACHABLE, 200, url("/ipc.csv"),
        List.of(), "text/csv", "text/csv", "CSV", 9921L, "Mon, 02 Jun 2025 10:00:00 GMT", "\"v7\"", null, 12,
        TestCrawler.NOW.minusSeconds(604800), null);
    ProbeResult r = prober.probe(url("/ipc.csv"), previous);
    assertThat(r.outcome()).isEqualTo(ProbeOutcome.NOT_MODIFIED);
    assertThat(r.httpStatus()).isEqualTo(304);
    assertThat(r.format()).isEqualTo("CSV");
    assertThat(r.contentLength()).isEqualTo(9921L);
    wm.verify(headRequestedFor(urlEqualTo("/ipc.csv"))
        .withHeader("If-Modified-Since", equalTo("Mon, 02 Jun 2025 10:00:00 GMT")));
  }

  @Test
  void badUrlsAndUnknownHostsAreTypedOutcomes() {
    assertThat(prober.probe("ht tp://mal formado", null).outcome()).isEqualTo(ProbeOutcome.INVALID_URL);
    assertThat(prober.probe("ftp://datos.gob.gt/archivo.csv", null).outcome()).isEqualTo(ProbeOutcome.INVALID_URL);
    assertThat(prober.probe(null, null).outcome()).isEqualTo(ProbeOutcome.INVALID_URL);
    assertThat(prober.probe("http://missing.test/datos.csv", null).outcome()).isEqualTo(ProbeOutcome.DNS_FAILURE);
  }

  @Test
  void theUserAgentNamesTheObservatory() {
    wm.stubFor(head(urlEqualTo("/ua")).willReturn(aResponse().withHeader("Content-Type", "text/csv")));
    wm.stubFor(get(urlEqualTo("/ua")).willReturn(aResponse().withBody(CSV)));
    prober.probe(url("/ua"), null);
    wm.verify(headRequestedFor(urlEqualTo("/ua")).withHeader("User-Agent",
        equalTo(ctx.config().userAgent())));
  }
}
