package gt.observatorio.crawler.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AutoHarvesterTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private String detect(String path) {
    try (CrawlerContext ctx = TestCrawler.context()) {
      return new AutoHarvester(ctx).detect(URI.create(wm.baseUrl() + path)).orElseThrow();
    }
  }

  private static void json(String path, String body) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void detectsCkanByItsStatusAction() {
    json("/api/3/action/status_show", "{\"success\": true, \"result\": {\"ckan_version\": \"2.10.4\"}}");
    assertThat(detect("/")).isEqualTo("ckan");
  }

  @Test
  void detectsDataJson() {
    wm.stubFor(get(urlEqualTo("/data.json")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(TestCrawler.resource("datajson/dcat-ar/data.json"))));
    assertThat(detect("/")).isEqualTo("datajson");
  }

  @Test
  void detectsOpenDataSoftAndSocrata() {
    json("/api/explore/v2.1/catalog/datasets?limit=1", "{\"total_count\": 0, \"results\": []}");
    assertThat(detect("/")).isEqualTo("opendatasoft");
    wm.resetAll();
    json("/api/catalog/v1?limit=1", "{\"results\": [], \"resultSetSize\": 0}");
    assertThat(detect("/")).isEqualTo("socrata");
  }

  @Test
  void detectsByExtensionAndFallsBackToHtml() {
    assertThat(detect("/catalog.ttl")).isEqualTo("dcat");
    assertThat(detect("/sitemap.xml")).isEqualTo("sitemap");
    assertThat(detect("/")).isEqualTo("html");
  }

  @Test
  void harvestsThroughTheDetectedKind() {
    json("/api/3/action/status_show", "{\"success\": true, \"result\": {\"ckan_version\": \"2.9.9\"}}");
    wm.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(TestCrawler.resource("ckan/datos-gob-gt/package_search-page-3.json"))));
    try (CrawlerContext ctx = TestCrawler.context()) {
      HarvestSummary s = new AutoHarvester(ctx).harvest(URI.create(wm.baseUrl()), d -> { });
      assertThat(s.datasets()).isEqualTo(1);
    }
  }
}
