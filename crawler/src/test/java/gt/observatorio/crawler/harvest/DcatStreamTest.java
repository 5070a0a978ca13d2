package gt.observatorio.crawler.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.Dataset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

/**
 * A DCAT document is streamed into datasets holding at most {@code limits.maxTriples} statements at
 * once: a catalog listing datasets with their nodes harvests whatever its triple count; one whose
 * nodes are spread across it past the cap is refused as catalog.too_large, saying why.
 */
class DcatStreamTest {
  private static final String PREFIXES = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
      + "@prefix dct: <http://purl.org/dc/terms/> .\n@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
      + "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .\n";

  private static String dataset(int i) {
    return "<http://e/d" + i + "> a dcat:Dataset ; dct:title \"Conjunto " + i + "\"@es ;\n"
        + "  dct:publisher [ foaf:name \"Ministerio " + i + "\" ] ;\n"
        + "  dcat:contactPoint [ vcard:fn \"Oficina\" ; vcard:hasEmail <mailto:d" + i + "@e.gt> ] ;\n"
        + "  dcat:distribution <http://e/d" + i + "/csv> .\n";
  }

  private static String distribution(int i) {
    return "<http://e/d" + i + "/csv> a dcat:Distribution ; dct:format [ foaf:name \"CSV\" ] ;\n"
        + "  dcat:downloadURL <http://e/d" + i + ".csv> .\n";
  }

  private static CrawlerConfig.Limits limits(long maxTriples) {
    return TestCrawler.config(Map.of("crawler.limits.maxTriples", String.valueOf(maxTriples))).limits();
  }

  private static Tally read(String turtle, long maxTriples, List<Dataset> got) {
    Tally t = new Tally(got::add);
    DcatStream.read(turtle.getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE, "http://e/catalog.ttl",
        limits(maxTriples), t);
    return t;
  }

  @Test
  void aGroupedCatalogOfManyMoreTriplesThanTheCapHarvestsWholeWithItsBlankNodes() {
    StringBuilder ttl = new StringBuilder(PREFIXES);
    for (int i = 0; i < 500; i++) {
      ttl.append(dataset(i)).append(distribution(i));
    }
    List<Dataset> got = new ArrayList<>();
    Tally t = read(ttl.toString(), 40, got);
    assertThat(t.issues()).isEmpty();
    assertThat(got).hasSize(500);
    Dataset d7 = got.stream().filter(d -> d.identifier().equals("http://e/d7")).findFirst().orElseThrow();
    assertThat(d7.publisher()).isEqualTo("Ministerio 7");
    assertThat(d7.contactPoint()).isEqualTo("Oficina <d7@e.gt>");
    assertThat(d7.distributions()).singleElement().satisfies(x -> {
      assertThat(x.downloadUrl()).isEqualTo("http://e/d7.csv");
      assertThat(x.format()).isEqualTo("CSV");
    });
  }

  @Test
  void distributionsListedAfterAllDatasetsAreJoinedWhenTheyFitAndRefusedPastTheCap() {
    StringBuilder ttl = new StringBuilder(PREFIXES);
    for (int i = 0; i < 100; i++) {
      ttl.append(dataset(i));
    }
    for (int i = 0; i < 100; i++) {
      ttl.append(distribution(i));
    }
    List<Dataset> got = new ArrayList<>();
    Tally fits = read(ttl.toString(), 100_000, got);
    assertThat(fits.issues()).isEmpty();
    assertThat(got).hasSize(100).allSatisfy(d -> assertThat(d.distributions()).hasSize(1));

    Tally refused = read(ttl.toString(), 200, new ArrayList<>());
    assertThat(refused.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(Issues.TOO_LARGE);
      assertThat(i.message()).contains("more than 200 triples would have to be held at once")
          .contains("spread across the document");
    });
  }

  @Test
  void anAnonymousNodeSharedByTwoPassesIsTheSameNode() {
    String ttl = PREFIXES + "[ a dcat:Dataset ; dct:identifier \"x\" ; dct:title \"X\" ; "
        + "dcat:distribution [ dcat:downloadURL <http://e/x.csv> ] ] .\n";
    List<Dataset> got = new ArrayList<>();
    assertThat(read(ttl, 1000, got).issues()).isEmpty();
    assertThat(got).singleElement().satisfies(d -> assertThat(d.distributions()).singleElement()
        .satisfies(x -> assertThat(x.downloadUrl()).isEqualTo("http://e/x.csv")));
  }

  @Test
  void malformedRdfIsAnIssueNotAnException() {
    Tally t = read(PREFIXES + "<http://e/a> a dcat:Dataset ; dct:title ", 1000, new ArrayList<>());
    assertThat(t.issues()).singleElement().satisfies(i -> assertThat(i.code()).isEqualTo(Issues.MALFORMED_RDF));
  }
}
