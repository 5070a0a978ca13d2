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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DataJsonHarvesterTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Dataset> got = new ArrayList<>();

  private HarvestSummary harvest(String fixture, String catalogPath) {
    wm.stubFor(get(urlEqualTo("/data.json")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestCrawler.resource(fixture))));
    try (CrawlerContext ctx = TestCrawler.context()) {
      return new DataJsonHarvester(ctx).harvest(URI.create(wm.baseUrl() + catalogPath), got::add);
    }
  }

  @Test
  void readsTheArgentineProfileInSpanish() {
    HarvestSummary s = harvest("datajson/dcat-ar/data.json", "/");
    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(2);
    assertThat(s.distributions()).isEqualTo(3);
    Dataset ipc = got.get(0);
    assertThat(ipc.identifier()).isEqualTo("sspm-indice-precios-consumidor");
    assertThat(ipc.publisher()).isEqualTo("Instituto Nacional de Estadística y Censos (INDEC)");
    assertThat(ipc.contactPoint()).isEqualTo("Dirección Nacional de Estadísticas de Precios <precios@example.gob.ar>");
    assertThat(ipc.accrualPeriodicity()).isEqualTo("R/P1M");
    assertThat(ipc.themes()).containsExactly("Precios");
    assertThat(ipc.temporal()).isEqualTo("2016-12-01/2025-04-30");
    assertThat(ipc.spatial()).isEqualTo("ARG");
    var csv = ipc.distributions().get(0);
    assertThat(csv.format()).isEqualTo("CSV");
    assertThat(csv.byteSize()).isEqualTo(6144L);
    assertThat(csv.probeUrl()).endsWith("mensual.csv");
    assertThat(got.get(1).distributions().get(0).byteSize()).isEqualTo(48211L);
    assertThat(got.get(1).distributions().get(1).probeUrl()).endsWith("/archivo/sspm_11.4");
  }

  @Test
  void readsProjectOpenDataAndReportsMalformedRecords() {
    HarvestSummary s = harvest("datajson/dcat-us/data.json", "/data.json");
    assertThat(s.datasets()).isEqualTo(2);
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_RECORD);
    Dataset visits = got.get(0);
    assertThat(visits.publisher()).isEqualTo("Example Park Service");
    assertThat(visits.accessRights()).isEqualTo("public");
    assertThat(visits.license()).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
    assertThat(visits.distributions()).extracting(d -> d.probeUrl())
        .containsExactly("https://www.example.gov/files/visits.csv", "https://api.example.gov/visits");
    assertThat(visits.distributions()).extracting(d -> d.rights()).as("dataset-level rights apply to each distribution")
        .containsOnly("Visitor counts are estimates; see the methodology at https://www.example.gov/park-visits/methodology");
    assertThat(got.get(1).keywords()).containsExactly("staffing", "personnel");
    assertThat(visits.rawMetadata()).contains("bureauCode");
  }

  @Test
  void aDocumentWithoutDatasetsIsAnIssue() {
    wm.stubFor(get(urlEqualTo("/data.json")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"title\": \"vacío\"}")));
    try (CrawlerContext ctx = TestCrawler.context()) {
      HarvestSummary s = new DataJsonHarvester(ctx).harvest(URI.create(wm.baseUrl()), got::add);
      assertThat(s.failed()).isTrue();
      assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.API_ERROR);
    }
  }
}
