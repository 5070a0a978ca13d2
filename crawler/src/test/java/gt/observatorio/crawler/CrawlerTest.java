package gt.observatorio.crawler;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The composition root's view: harvest a catalog, then probe every distribution URL. */
class CrawlerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void harvestsThenProbesThroughTheFacade() {
    String catalog = new String(TestCrawler.resource("ckan/datos-gob-gt/package_search-page-3.json"),
        StandardCharsets.UTF_8).replace("https://datos.gob.gt/", wm.baseUrl() + "/")
        .replace("\"count\": 5", "\"count\": 1");
    wm.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).withQueryParam("start", equalTo("0"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(catalog)));
    wm.stubFor(any(urlPathMatching("/dataset/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("[{\"entidad\": \"MINFIN\", \"monto\": 1}]")));

    List<Dataset> got = new ArrayList<>();
    try (Crawler crawler = Crawler.on(TestCrawler.context())) {
      HarvestSummary s = crawler.harvest("ckan", URI.create(wm.baseUrl()), got::add);
      assertThat(s.datasets()).isEqualTo(1);
      assertThat(s.issues()).isEmpty();
      List<String> urls = got.stream().flatMap(d -> d.distributions().stream()).map(Distribution::probeUrl).toList();
      Map<String, ProbeResult> probes = crawler.prober().probeAll(urls, u -> null);
      assertThat(probes).hasSize(1);
      ProbeResult r = probes.values().iterator().next();
      assertThat(r.outcome()).isEqualTo(ProbeOutcome.REACHABLE);
      assertThat(r.format()).isEqualTo("JSON");
      assertThat(r.checkedAt()).isEqualTo(TestCrawler.NOW);
      assertThat(crawler.harvesters().kinds()).contains("auto", "ckan", "dcat",
          "datajson", "socrata", "opendatasoft", "html", "sitemap");
    }
  }
}
