package gt.observatorio.crawler.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CkanHarvesterTest {
  private static final String FIX = "ckan/datos-gob-gt/";
  private static final String SEARCH = "/catalogo/api/3/action/package_search";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private CrawlerContext ctx;
  private final List<Dataset> got = new ArrayList<>();

  @BeforeEach
  void setUp() {
    ctx = TestCrawler.context(Map.of("crawler.ckan.rows", "2"));
  }

  @AfterEach
  void tearDown() {
    ctx.close();
  }

  private URI portal() {
    return URI.create(wm.baseUrl() + "/catalogo");
  }

  private void page(int rows, int start, String file) {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("rows", equalTo(String.valueOf(rows)))
        .withQueryParam("start", equalTo(String.valueOf(start)))
        .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8")
            .withBody(TestCrawler.resource(FIX + file))));
  }

  private HarvestSummary harvest() {
    return new CkanHarvester(ctx).harvest(portal(), got::add);
  }

  @Test
  void readsEveryPageAndChecksTheTotal() {
    page(2, 0, "package_search-page-1.json");
    page(2, 2, "package_search-page-2.json");
    page(2, 4, "package_search-page-3.json");

    HarvestSummary s = harvest();

    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(5);
    assertThat(s.pages()).isEqualTo(3);
    assertThat(s.distributions()).isEqualTo(got.stream().mapToInt(d -> d.distributions().size()).sum())
        .isEqualTo(7);
    assertThat(got).extracting(Dataset::title).contains("Empleo formal por departamento",
        "Índice de Precios al Consumidor (IPC)", "Ejecución presupuestaria del Gobierno Central");
  }

  @Test
  void mapsOrganizationExtrasAndResources() {
    page(2, 0, "package_search-page-1.json");
    page(2, 2, "package_search-page-2.json");
    page(2, 4, "package_search-page-3.json");
    harvest();

    Dataset empleo = got.stream().filter(d -> d.title().startsWith("Empleo")).findFirst().orElseThrow();
    assertThat(empleo.publisher()).isEqualTo("Ministerio de Trabajo y Previsión Social");
    assertThat(empleo.accrualPeriodicity()).isEqualTo("mensual");
    assertThat(empleo.spatial()).isEqualTo("Guatemala");
    assertThat(empleo.keywords()).containsExactly("empleo", "trabajo", "departamentos");
    assertThat(empleo.themes()).containsExactly("Economia");
    assertThat(empleo.license()).isEqualTo("cc-by");
    assertThat(empleo.contactPoint()).isEqualTo("Unidad de Información Pública <datosabiertos@mintrab.gob.gt>");
    assertThat(empleo.landingPage()).isEqualTo(portal() + "/dataset/empleo-formal-por-departamento");
    assertThat(empleo.modified()).startsWith("2025-");
    assertThat(empleo.rawMetadata()).contains("\"owner_org\"");
    assertThat(empleo.distributions()).hasSize(2);
    var csv = empleo.distributions().get(0);
    assertThat(csv.format()).isEqualTo("CSV");
    assertThat(csv.mediaType()).isEqualTo("text/csv");
    assertThat(csv.byteSize()).isEqualTo(48213L);
    assertThat(csv.rights()).isEqualTo("Uso libre citando al Ministerio de Trabajo como fuente");
    assertThat(empleo.distributions().get(1).rights()).isNull();
    assertThat(csv.downloadUrl()).endsWith("/download/empleo-formal-2024.csv");

    Dataset ipc = got.stream().filter(d -> d.title().startsWith("Índice")).findFirst().orElseThrow();
    assertThat(ipc.accrualPeriodicity()).isEqualTo("R/P1M");
    assertThat(ipc.distributions().get(1).downloadUrl()).isNull();
    Dataset proy = got.stream().filter(d -> d.title().startsWith("Proyecciones")).findFirst().orElseThrow();
    assertThat(proy.distributions().get(0).byteSize()).isEqualTo(2048000L);
    assertThat(proy.accrualPeriodicity()).isNull();
  }

  @Test
  void aServerErrorHalvesThePageSizeAndCarriesOn() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("rows", equalTo("2"))
        .willReturn(aResponse().withStatus(503)));
    page(1, 0, "package_search-page-1.json");
    HarvestSummary s = harvest();
    wm.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("rows", equalTo("1")));
    assertThat(s.datasets()).isGreaterThan(0);
  }

  @Test
  void aServerErrorStormEndsAsAnIssueNotAnException() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));
    wm.stubFor(get(urlPathEqualTo("/catalogo/api/3/action/package_list")).willReturn(aResponse().withStatus(503)));
    HarvestSummary s = harvest();
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).contains(Issues.SERVER_ERROR);
    assertThat(wm.findAll(getRequestedFor(urlPathEqualTo(SEARCH)))).hasSize(5);
  }

  @Test
  void malformedJsonIsAnIssue() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"success\": true, \"result\": {\"count\": 3, ")));
    HarvestSummary s = harvest();
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).contains(Issues.MALFORMED_JSON);
  }

  @Test
  void refusedSearchFallsBackToPackageListAndShow() {
    wm.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody(TestCrawler.resource(FIX + "package_search-denied.json"))));
    wm.stubFor(get(urlPathEqualTo("/catalogo/api/3/action/package_list")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(TestCrawler.resource(FIX + "package_list.json"))));
    wm.stubFor(get(urlPathEqualTo("/catalogo/api/3/action/package_show"))
        .withQueryParam("id", equalTo("ejecucion-presupuestaria")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(TestCrawler.resource(FIX + "package_show-ejecucion-presupuestaria.json"))));
    wm.stubFor(get(urlPathEqualTo("/catalogo/api/3/action/package_show"))
        .withQueryParam("id", equalTo("salario-minimo-historico")).willReturn(aResponse().withStatus(404)));

    HarvestSummary s = harvest();

    assertThat(s.issues()).extracting(HarvestIssue::code).contains(Issues.HTTP_ERROR);
    assertThat(got).extracting(Dataset::title).contains("Ejecución presupuestaria del Gobierno Central");
    assertThat(s.failed()).isFalse();
  }

  @Test
  void fewerDatasetsThanDeclaredIsReported() {
    page(2, 0, "package_search-page-1.json");
    wm.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("start", equalTo("2"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"success\": true, \"result\": {\"count\": 5, \"results\": []}}")));
    HarvestSummary s = harvest();
    assertThat(s.datasets()).isEqualTo(2);
    assertThat(s.issues()).extracting(HarvestIssue::code).contains(Issues.INCOMPLETE);
  }
}
