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
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaipHarvesterTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static void page(String path, String fixture) {
    wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(TestCrawler.resource("laip/municipalidad/" + fixture))));
  }

  @Test
  void everyNumeralFoundBecomesADatasetWithItsFiles() {
    page("/laip", "index.html");
    page("/index.php/4-remuneraciones", "numeral-4.html");
    page("/index.php/1-estructura-organica", "empty.html");
    page("/index.php/26-archivo", "empty.html");
    List<Dataset> got = new ArrayList<>();
    HarvestSummary s;
    try (CrawlerContext ctx = TestCrawler.context()) {
      s = new LaipHarvester(ctx).harvest(URI.create(wm.baseUrl() + "/laip"), got::add);
    }
    assertThat(s.issues()).isEmpty();
    assertThat(got).extracting(Dataset::identifier)
        .containsExactly("laip-art10-1", "laip-art10-4", "laip-art10-7", "laip-art10-26");
    Dataset remuneraciones = got.get(1);
    assertThat(remuneraciones.themes()).containsExactly("laip:art10:4");
    assertThat(remuneraciones.distributions()).extracting(Distribution::format).containsExactly("XLSX", "PDF");
    assertThat(got.get(2).distributions()).extracting(Distribution::format).containsExactly("PDF");
    assertThat(got.get(0).distributions()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "Numeral 4 - Remuneraciones|/x|4", "Artículo 10, numeral 7: Presupuesto|/x|7", "12. Contratos|/x|12",
      "Archivo|http://m.laip.gt/index.php/26-archivo|26", "Noticias|http://m.test/index.php/2025-noticias|",
      "Inciso 29|/x|29", "Numeral 30|/x|", "Contacto|http://m.test/contacto|"})
  void recognisesNumerals(String text, String href, Integer expected) {
    assertThat(LaipHarvester.numeral(text, href)).isEqualTo(expected);
  }
}
