package gt.observatorio.crawler.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SocrataAndOpenDataSoftTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Dataset> got = new ArrayList<>();

  private static void json(String path, String param, String value, String fixture) {
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam(param, equalTo(value)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(TestCrawler.resource(fixture))));
  }

  @Test
  void socrataCatalogIsPagedAndMapped() {
    json("/api/catalog/v1", "offset", "0", "socrata/datos-gov-co/catalog-page-1.json");
    json("/api/catalog/v1", "offset", "2", "socrata/datos-gov-co/catalog-page-2.json");
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new SocrataHarvester(ctx).harvest(URI.create(wm.baseUrl()), got::add);
    }
    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(3);
    assertThat(s.pages()).isEqualTo(2);
    Dataset h = got.get(0);
    assertThat(h.identifier()).isEqualTo("ha6j-pa2r");
    assertThat(h.publisher()).isEqualTo("Policía Nacional de Colombia");
    assertThat(h.accrualPeriodicity()).isEqualTo("Mensual");
    assertThat(h.themes()).containsExactly("Seguridad y Defensa");
    assertThat(h.keywords()).contains("homicidios", "tránsito");
    assertThat(h.modified()).isEqualTo("2025-05-19T22:01:44.000Z");
    assertThat(h.landingPage()).isEqualTo("https://datos-co.test/d/ha6j-pa2r");
    assertThat(h.distributions()).extracting(d -> d.probeUrl()).containsExactly(
        "https://datos-co.test/api/views/ha6j-pa2r/rows.csv?accessType=DOWNLOAD",
        "https://datos-co.test/resource/ha6j-pa2r.json");
  }

  @Test
  void openDataSoftV21CatalogIsMapped() {
    json("/api/explore/v2.1/catalog/datasets", "offset", "0", "opendatasoft/explore-v2/datasets.json");
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new OpenDataSoftHarvester(ctx).harvest(URI.create(wm.baseUrl() + "/"), got::add);
    }
    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(2);
    Dataset agua = got.get(0);
    assertThat(agua.publisher()).isEqualTo("Ministerio de Ambiente");
    assertThat(agua.accrualPeriodicity()).isEqualTo("trimestral");
    assertThat(agua.contactPoint()).isEqualTo("Unidad de Datos <datos@ambiente.test>");
    assertThat(agua.spatial()).isEqualTo("Guatemala");
    assertThat(agua.distributions().get(0).downloadUrl())
        .isEqualTo(wm.baseUrl() + "/api/explore/v2.1/catalog/datasets/calidad-del-agua-rios/exports/csv");
    assertThat(got.get(1).keywords()).containsExactly("presupuesto", "finanzas");
  }

  @Test
  void openDataSoftFallsBackToTheV1Search() {
    wm.stubFor(get(urlPathEqualTo("/api/datasets/1.0/search/")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"nhits\": 1, \"datasets\": [{\"datasetid\": "
            + "\"buses\", \"metas\": {\"title\": \"Rutas de buses\", \"publisher\": \"Municipalidad\", "
            + "\"modified\": \"2023-01-01T00:00:00+00:00\", \"keyword\": [\"transporte\"]}}]}")));
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new OpenDataSoftHarvester(ctx).harvest(URI.create(wm.baseUrl()), got::add);
    }
    assertThat(s.datasets()).isEqualTo(1);
    assertThat(s.issues()).isEmpty();
    assertThat(got.get(0).distributions().get(0).downloadUrl()).endsWith("/explore/dataset/buses/download/?format=csv");
  }

  @Test
  void socrataWithoutCatalogApiIsAnIssue() {
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new SocrataHarvester(ctx).harvest(URI.create(wm.baseUrl()), got::add);
    }
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).containsOnly(Issues.HTTP_ERROR);
  }

  @Test
  void socrataWithoutCatalogApiIsReadThroughTheViewsApi() {
    json("/api/views.json", "page", "1", "socrata/datos-gov-co/views.json");
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new SocrataHarvester(ctx).harvest(URI.create(wm.baseUrl()), got::add);
    }
    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(1);
    Dataset d = got.get(0);
    assertThat(d.identifier()).isEqualTo("xdk5-pm3f");
    assertThat(d.accrualPeriodicity()).isEqualTo("Anual");
    assertThat(d.modified()).isEqualTo("2024-05-01T00:00:00Z");
    assertThat(d.themes()).containsExactly("Mapas Nacionales");
    assertThat(d.distributions().get(0).downloadUrl()).isEqualTo(wm.baseUrl() + "/api/views/xdk5-pm3f/rows.csv?accessType=DOWNLOAD");
  }
}
