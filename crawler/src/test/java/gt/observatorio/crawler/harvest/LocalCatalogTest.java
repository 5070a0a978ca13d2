package gt.observatorio.crawler.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Catalogs read from disk: the content decides whether it is CKAN JSON, data.json or DCAT in any RDF syntax. */
class LocalCatalogTest {
  private static final gt.observatorio.crawler.CrawlerConfig.Limits LIMITS =
      gt.observatorio.crawler.CrawlerConfig.defaults().limits();

  private static Path fixture(String path) throws Exception {
    return Path.of(LocalCatalogTest.class.getClassLoader().getResource(path).toURI());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ckan/datos-gob-gt/package_search-page-1.json, 2, Empleo formal por departamento",
      "ckan/datos-gob-gt/package_show-ejecucion-presupuestaria.json, 1, ",
      "datajson/dcat-us/data.json, 2, ",  // its PROVENANCE: one record without identifier or title, on purpose
      "datajson/dcat-ar/data.json, 1, ",
      "dcat/ckan-dcat-ttl/catalog-page-1.ttl, 2, Precipitación diaria por estación",
      "dcat/dcat-ap-es-rdfxml/catalogo.rdf, 1, ",
      "dcat/jsonld/catalog.jsonld, 1, Presupuesto municipal 2025"})
  void eachKindOfCatalogFileIsRecognisedAndMapped(String file, int atLeast, String aTitle) throws Exception {
    List<Dataset> out = new ArrayList<>();
    HarvestSummary s = LocalCatalog.read(fixture(file), 10_000_000, LIMITS, "auto", out::add);
    assertThat(s.issues()).as("issues").allSatisfy(i -> assertThat(i.code()).isEqualTo(Issues.MALFORMED_RECORD));
    assertThat(s.issues()).hasSizeLessThanOrEqualTo(file.contains("dcat-us") ? 1 : 0);
    assertThat(out).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(out).allSatisfy(d -> assertThat(d.title()).isNotBlank());
    if (aTitle != null) {
      assertThat(out).extracting(Dataset::title).contains(aTitle);
    }
  }

  @Test
  void aFileOverTheLimitIsAnIssueNotAnException(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("catalogo.json"), "{\"dataset\": []}" + " ".repeat(100));
    HarvestSummary s = LocalCatalog.read(big, 50, LIMITS, "auto", d -> { });
    assertThat(s.issues()).extracting(i -> i.code()).containsExactly(Issues.TOO_LARGE);
  }

  @Test
  void malformedContentIsAnIssue(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("catalogo.json"), "{\"result\": {\"results\": [");
    assertThat(LocalCatalog.read(bad, 1000, LIMITS, "auto", d -> { }).issues())
        .extracting(i -> i.code()).containsExactly(Issues.MALFORMED_JSON);
    Path text = Files.writeString(dir.resolve("catalogo.ttl"), "esto no es turtle <<<");
    assertThat(LocalCatalog.read(text, 1000, LIMITS, "auto", d -> { }).issues())
        .extracting(i -> i.code()).containsExactly(Issues.MALFORMED_RDF);
  }
}
