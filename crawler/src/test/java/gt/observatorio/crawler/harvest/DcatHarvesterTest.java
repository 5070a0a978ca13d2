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

class DcatHarvesterTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<Dataset> got = new ArrayList<>();

  private void serve(String path, String type, String fixture) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", type)
        .withBody(TestCrawler.resource(fixture))));
  }

  private HarvestSummary harvest(String path) {
    try (CrawlerContext ctx = TestCrawler.context()) {
      return new DcatHarvester(ctx).harvest(URI.create(wm.baseUrl() + path), got::add);
    }
  }

  @Test
  void followsHydraPagesOfATurtleCatalog() {
    serve("/catalog.ttl?page=1", "text/turtle", "dcat/ckan-dcat-ttl/catalog-page-1.ttl");
    serve("/catalog.ttl?page=2", "text/turtle", "dcat/ckan-dcat-ttl/catalog-page-2.ttl");

    HarvestSummary s = harvest("/catalog.ttl?page=1");

    assertThat(s.issues()).isEmpty();
    assertThat(s.pages()).isEqualTo(2);
    assertThat(s.datasets()).isEqualTo(3);
    Dataset lluvia = got.stream().filter(d -> d.title().startsWith("Precipitación")).findFirst().orElseThrow();
    assertThat(lluvia.identifier()).isEqualTo("a3c1f9e0-7b1d-4c5e-9f00-1a2b3c4d5e01");
    assertThat(lluvia.publisher()).isEqualTo("Instituto Nacional de Sismología, Vulcanología, Meteorología e Hidrología");
    assertThat(lluvia.contactPoint()).isEqualTo("Departamento de Climatología <climatologia@insivumeh.example>");
    assertThat(lluvia.keywords()).containsExactlyInAnyOrder("lluvia", "clima", "estaciones");
    assertThat(lluvia.accrualPeriodicity()).isEqualTo("http://publications.europa.eu/resource/authority/frequency/DAILY");
    assertThat(lluvia.temporal()).isEqualTo("1990-01-01/2025-05-29");
    assertThat(lluvia.license()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(lluvia.rawMetadata()).contains("dcat:downloadURL");
    var csv = lluvia.distributions().get(0);
    assertThat(csv.format()).isEqualTo("CSV");
    assertThat(csv.mediaType()).isEqualTo("text/csv");
    assertThat(csv.byteSize()).isEqualTo(1048576L);
    assertThat(csv.rights()).as("dct:rights as a RightsStatement node: its label")
        .isEqualTo("Cite al INSIVUMEH como fuente de los datos.");
    assertThat(csv.downloadUrl()).isEqualTo("http://portal.test/descargas/lluvia-diaria.csv");
    Dataset sismos = got.stream().filter(d -> d.title().startsWith("Catálogo")).findFirst().orElseThrow();
    assertThat(sismos.publisher()).isEqualTo("INSIVUMEH");
    assertThat(sismos.accrualPeriodicity()).isEqualTo("anual");
    assertThat(sismos.distributions().get(0).format()).isEqualTo("XLSX");
    assertThat(sismos.distributions().get(0).rights()).as("dct:rights as an IRI: the IRI")
        .isEqualTo("http://portal.test/condiciones-de-uso");
  }

  @Test
  void readsRdfXmlInTheSpanishProfile() {
    serve("/catalogo.rdf", "application/rdf+xml", "dcat/dcat-ap-es-rdfxml/catalogo.rdf");
    HarvestSummary s = harvest("/catalogo.rdf");
    assertThat(s.issues()).isEmpty();
    assertThat(s.datasets()).isEqualTo(1);
    Dataset aire = got.get(0);
    assertThat(aire.title()).isEqualTo("Calidad del aire. Datos horarios");
    assertThat(aire.accrualPeriodicity()).isEqualTo("PT1H");
    assertThat(aire.themes()).containsExactly("http://datos.gob.es/kos/sector-publico/sector/medio-ambiente");
    assertThat(aire.distributions().get(0).format()).isEqualTo("CSV");
    assertThat(aire.distributions().get(0).byteSize()).isEqualTo(20480L);
  }

  @Test
  void readsJsonLdWithAnInlineContext() {
    serve("/catalog.jsonld", "application/ld+json", "dcat/jsonld/catalog.jsonld");
    HarvestSummary s = harvest("/catalog.jsonld");
    assertThat(s.issues()).isEmpty();
    Dataset p = got.get(0);
    assertThat(p.identifier()).isEqualTo("presupuesto-municipal-2025");
    assertThat(p.publisher()).isEqualTo("Municipalidad de Quetzaltenango");
    assertThat(p.distributions().get(0).format()).isEqualTo("JSON");
    assertThat(p.distributions().get(0).mediaType()).isEqualTo("application/json");
  }

  @Test
  void anXxePayloadIsRefusedAndLeaksNothing() {
    serve("/xxe.rdf", "application/rdf+xml", "dcat/hostile/xxe.rdf");
    HarvestSummary s = harvest("/xxe.rdf");
    assertThat(s.failed()).isTrue();
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_RDF);
    assertThat(got).isEmpty();
    assertThat(s.issues().get(0).message()).doesNotContain("root:");
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    serve("/lol.rdf", "application/rdf+xml", "dcat/hostile/billion-laughs.rdf");
    long start = System.nanoTime();
    HarvestSummary s = harvest("/lol.rdf");
    assertThat(s.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_RDF);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
  }

  @Test
  void invalidXmlAndRemoteJsonLdContextsAreIssues() {
    wm.stubFor(get(urlEqualTo("/roto.rdf")).willReturn(aResponse().withHeader("Content-Type", "application/rdf+xml")
        .withBody("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><dcat:Dataset>")));
    wm.stubFor(get(urlEqualTo("/remoto.jsonld")).willReturn(aResponse().withHeader("Content-Type", "application/ld+json")
        .withBody("{\"@context\": \"https://w3id.org/dcat-ap/context.jsonld\", \"@type\": \"Dataset\"}")));
    assertThat(harvest("/roto.rdf").issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_RDF);
    HarvestSummary remote = harvest("/remoto.jsonld");
    assertThat(remote.issues()).extracting(HarvestIssue::code).containsExactly(Issues.MALFORMED_RDF);
    assertThat(remote.issues().get(0).message()).contains("not whitelisted");
  }
}
