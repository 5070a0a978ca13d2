package gt.observatorio.crawler.laip;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** An Article 10 portal served by WireMock from the fixtures under {@code laip/}, and one check of it. */
final class LaipPortal {
  static final String HTML = "text/html; charset=UTF-8";

  private final WireMockExtension wm;
  private LaipChecklist checklist;

  LaipPortal(WireMockExtension wm) {
    this.wm = wm;
  }

  String base() {
    return "http://127.0.0.1:" + wm.getPort();
  }

  /** The fixture's text with the placeholder {@code PORT} replaced by the server's port. */
  String fixture(String name) {
    return new String(TestCrawler.resource("laip/" + name), StandardCharsets.UTF_8)
        .replace("PORT", String.valueOf(wm.getPort()));
  }

  void stub(String path, String type, String body) {
    wm.stubFor(any(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  void page(String path, String fixture) {
    stub(path, HTML, fixture(fixture));
  }

  void file(String path, String lastModified) {
    var r = aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n%test\n");
    if (lastModified != null) {
      r = r.withHeader("Last-Modified", lastModified);
    }
    wm.stubFor(any(urlPathEqualTo(path)).willReturn(r));
  }

  void pdfs(String pathRegex) {
    wm.stubFor(any(urlPathMatching(pathRegex)).willReturn(aResponse()
        .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n")));
  }

  /** Checks the portal from its index page; the numerals by number. */
  Map<Integer, LaipNumeralCheck> check(String indexPath) {
    try (CrawlerContext ctx = TestCrawler.context()) {
      checklist = new LaipChecker(ctx, new HttpProber(ctx), LaipConfig.defaults())
          .check(URI.create(base() + indexPath));
    }
    return checklist.numerals().stream().collect(Collectors.toMap(LaipNumeralCheck::numeral, n -> n));
  }

  /** The checklist of the last {@link #check}. */
  LaipChecklist checklist() {
    return checklist;
  }
}
