package gt.observatorio.crawler.harvest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HtmlHarvesterTest {
  private static final String FIX = "html/ministerio/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Dataset> got = new ArrayList<>();

  private static void page(String path, String contentType, String fixture) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", contentType)
        .withBody(TestCrawler.resource(FIX + fixture))));
  }

  private HarvestSummary harvest(String path, Map<String, String> config) {
    try (CrawlerContext ctx = TestCrawler.context(config)) {
      return new HtmlHarvester(ctx).harvest(URI.create(wm.baseUrl() + path), got::add);
    }
  }

  @Test
  void pagesWithDataLinksBecomeDatasetsAndPaginationIsFollowed() {
    page("/datos-abiertos", "text/html", "datos-abiertos.html");
    page("/datos-abiertos/pagina-2", "text/html; charset=utf-8", "pagina-2.html");

    HarvestSummary s = harvest("/datos-abiertos", Map.of());

    assertThat(s.datasets()).isEqualTo(2);
    assertThat(s.pages()).isEqualTo(2);
    Dataset first = got.get(0);
    assertThat(first.title()).isEqualTo("Datos abiertos: estadísticas laborales");
    assertThat(first.publisher()).isEqualTo("Ministerio de Trabajo y Previsión Social");
    assertThat(first.keywords()).containsExactly("empleo", "salarios", "inspección");
    assertThat(first.landingPage()).isEqualTo(wm.baseUrl() + "/datos-abiertos");
    assertThat(first.distributions()).extracting(Distribution::format)
        .containsExactly("CSV", "XLSX", "PDF", null, "CSV");
    assertThat(first.distributions()).extracting(Distribution::title).contains("Salario mínimo vigente",
        "Descargar inspecciones por departamento");
    assertThat(first.distributions()).noneMatch(d -> d.accessUrl().contains("js-injected"));
    assertThat(got.get(1).distributions()).extracting(Distribution::downloadUrl)
        .containsExactly(wm.baseUrl() + "/descargas/afiliados-igss-2023.csv");
    wm.verify(0, getRequestedFor(urlEqualTo("/contacto")));
    wm.verify(0, getRequestedFor(urlEqualTo("/tracker")));
  }

  @Test
  void thePageLimitIsKept() {
    page("/datos-abiertos", "text/html", "datos-abiertos.html");
    page("/datos-abiertos/pagina-2", "text/html", "pagina-2.html");
    HarvestSummary s = harvest("/datos-abiertos", Map.of("crawler.html.maxPages", "1"));
    assertThat(s.pages()).isEqualTo(1);
    assertThat(s.datasets()).isEqualTo(1);
  }

  @Test
  void anAlternateDcatLinkIsHarvestedInstead() {
    page("/portal", "text/html", "con-dcat.html");
    wm.stubFor(get(urlEqualTo("/catalogo.rdf")).willReturn(aResponse().withHeader("Content-Type", "application/rdf+xml")
        .withBody(TestCrawler.resource("dcat/dcat-ap-es-rdfxml/catalogo.rdf"))));
    HarvestSummary s = harvest("/portal", Map.of());
    assertThat(s.datasets()).isEqualTo(1);
    assertThat(got.get(0).title()).isEqualTo("Calidad del aire. Datos horarios");
  }

  @Test
  void robotsTxtIsObeyedForPages() {
    wm.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withBody("User-agent: *\nDisallow: /\n")));
    page("/datos-abiertos", "text/html", "datos-abiertos.html");
    HarvestSummary s = harvest("/datos-abiertos", Map.of());
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.DISALLOWED);
    wm.verify(0, getRequestedFor(urlEqualTo("/datos-abiertos")));
  }
}
