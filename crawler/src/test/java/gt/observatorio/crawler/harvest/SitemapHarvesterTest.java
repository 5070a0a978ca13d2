package gt.observatorio.crawler.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SitemapHarvesterTest {
  private static final String FIX = "sitemap/portal/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Dataset> got = new ArrayList<>();

  private static byte[] fixture(String name) {
    return new String(TestCrawler.resource(FIX + name), StandardCharsets.UTF_8).replace("BASE", wm.baseUrl())
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void serve(String path, String type, byte[] body) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  private HarvestSummary harvest(String path) {
    try (CrawlerContext ctx = TestCrawler.context()) {
      return new SitemapHarvester(ctx).harvest(URI.create(wm.baseUrl() + path), got::add);
    }
  }

  @Test
  void followsTheIndexFromRobotsAndReadsFilesAndDatasetPages() throws IOException {
    serve("/robots.txt", "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + wm.baseUrl() + "/sitemap-index.xml\n")
        .getBytes(StandardCharsets.UTF_8));
    serve("/sitemap-index.xml", "application/xml", fixture("sitemap-index.xml"));
    serve("/sitemap-datos.xml", "application/xml", fixture("sitemap-datos.xml"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(fixture("sitemap-paginas.xml"));
    }
    serve("/sitemap-paginas.xml.gz", "application/gzip", gz.toByteArray());
    serve("/dataset/ejecucion-presupuestaria", "text/html", fixture("dataset-page.html"));

    HarvestSummary s = harvest("/");

    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(3);
    assertThat(got).extracting(Dataset::title).containsExactly("presupuesto-2025.csv", "compras-2024.xlsx",
        "Ejecución presupuestaria mensual");
    assertThat(got.get(0).modified()).isEqualTo("2025-05-02T10:00:00Z");
    assertThat(got.get(0).distributions().get(0).format()).isEqualTo("CSV");
    assertThat(got.get(2).distributions().get(0).format()).isEqualTo("JSON");
  }

  @Test
  void anXxeSitemapIsRefused() {
    serve("/sitemap.xml", "application/xml", fixture("sitemap-xxe.xml"));
    HarvestSummary s = harvest("/sitemap.xml");
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_XML);
  }

  @Test
  void invalidXmlIsAnIssue() {
    serve("/sitemap.xml", "application/xml", "<urlset><url><loc>http://x".getBytes(StandardCharsets.UTF_8));
    HarvestSummary s = harvest("/sitemap.xml");
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_XML);
  }
}
