package gt.observatorio.rules.builtin.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/**
 * The direct evaluation of simple shapes gives exactly the results of RDF4J's SHACL engine: the observatory's
 * DCAT-AP 3.0 shapes and the test shapes on the crawler's DCAT fixture documents, on every dataset of the rules'
 * scenarios and golden catalogs, on the benchmark's generated catalog and on datasets with the values DCAT-AP's
 * ranges reject (texts for URIs, malformed and lexically invalid dates).
 */
class DirectShapesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final Path FIXTURES = Path.of("../crawler/src/test/resources/dcat");
  private static final List<String> SHAPES = List.of(DcatApCompliance.DEFAULT_SHAPES, "shacl-test/minimal-dcat-shapes.ttl");

  record Case(Dataset dataset) {}

  record Scenario(List<Case> cases) {}

  record Entry(Dataset dataset) {}

  @Test
  void theObservatorysShapesAndTheTestShapesAreEvaluatedDirectly() {
    for (String s : SHAPES) {
      assertThat(DcatApShacl.forResource(s).direct()).as(s).isTrue();
    }
  }

  @Test
  void fixtureDocumentsGiveTheEnginesResults() throws IOException {
    int results = 0;
    for (String[] doc : List.of(new String[] {"ckan-dcat-ttl/catalog-page-1.ttl", "TURTLE"},
        new String[] {"ckan-dcat-ttl/catalog-page-2.ttl", "TURTLE"}, new String[] {"dcat-ap-es-rdfxml/catalogo.rdf", "RDFXML"},
        new String[] {"jsonld/catalog.jsonld", "JSONLD"})) {
      RDFFormat format = doc[1].equals("TURTLE") ? RDFFormat.TURTLE : doc[1].equals("RDFXML") ? RDFFormat.RDFXML : RDFFormat.JSONLD;
      try (InputStream in = Files.newInputStream(FIXTURES.resolve(doc[0]))) {
        results += same(doc[0], Rio.parse(in, "http://fixture.test/", format));
      }
    }
    assertThat(results).isPositive();
  }

  @Test
  void everyScenarioAndGoldenDatasetGivesTheEnginesResults() throws IOException, URISyntaxException {
    List<Dataset> datasets = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("scenarios"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        YAML.readValue(f.toFile(), Scenario.class).cases().stream().map(Case::dataset).filter(Objects::nonNull)
            .forEach(datasets::add);
      }
    }
    for (String portal : List.of("ckan", "dcat", "datajson")) {
      Entry[] entries = YAML.readValue(resource("golden/" + portal + "/datasets.yaml").toFile(), Entry[].class);
      Stream.of(entries).map(Entry::dataset).forEach(datasets::add);
    }
    assertThat(datasets).hasSizeGreaterThan(100);
    int results = 0;
    for (Dataset d : datasets) {
      results += same(d.identifier(), DcatApRdf.of(d));
    }
    assertThat(results).isPositive();
  }

  @Test
  void theBenchmarksCatalogAndRejectedValuesGiveTheEnginesResults() {
    int results = 0;
    for (int i = 0; i < 154; i++) {
      results += same("bench " + i, DcatApRdf.of(ShaclBenchmark.dataset(i)));
    }
    String[] dates = {"2024-01-10 10:00", "2024-01-10T10:00:00", "2024-01-10T25:00:00", "2024", "2024-06", "2024-02-30",
        "15/01/2020", "Mon, 01 Jan 2024", "2024-01-10T10:00:00.123456+00:00", "2024-13"};
    for (int i = 0; i < dates.length; i++) {
      String d = dates[i];
      Distribution x = new Distribution("R", i % 2 == 0 ? "datos.test/d" : null, "https://datos.test/d " + i, "csv",
          "text/csv; charset=utf-8", (long) -i, "Licencia propia", d, d, i % 3 == 0 ? "https://r.test/" : "Uso libre");
      Dataset ds = new Dataset("x" + i + " ñ/?", i % 2 == 0 ? "T" : null, "D", i % 2 == 0 ? "https://org.test/a" : "Org",
          i % 2 == 0 ? "Oficina" : "mailto:a@b.test", List.of("k"), List.of("ECON", "https://t.test/x"), "CC-BY",
          d, d, i % 2 == 0 ? "mensual" : "http://f.test/M", i % 2 == 0 ? "https://s.test/gt" : "Guatemala",
          d + "/" + dates[(i + 1) % dates.length], "https://a.test/PUBLIC", i % 2 == 0 ? "www.portal.test/x" : null,
          List.of(x, x), null);
      results += same(ds.identifier(), DcatApRdf.of(ds));
    }
    assertThat(results).isPositive();
  }

  @Test
  void shapesBeyondTheSimpleConstraintsAndDataWithClassHierarchiesGoToTheEngine() throws IOException {
    String ttl = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dcat: <http://www.w3.org/ns/dcat#> . "
        + "<urn:s> a sh:NodeShape ; sh:targetClass dcat:Dataset ; sh:property [ sh:path dcat:theme ; sh:class <urn:C> ] .";
    assertThat(DirectShapes.compile(Rio.parse(new StringReader(ttl), "", RDFFormat.TURTLE))).isEmpty();
    Model data = DcatApRdf.of(ShaclBenchmark.dataset(1));
    DirectShapes direct = DirectShapes.compile(shapes(DcatApCompliance.DEFAULT_SHAPES)).orElseThrow();
    assertThat(direct.handles(data)).isTrue();
    data.add(SimpleValueFactory.getInstance().createIRI("urn:x"), RDFS.SUBCLASSOF, DCAT.DATASET);
    assertThat(direct.handles(data)).isFalse();
  }

  /** Asserts both evaluations agree for every shapes file; returns how many results the engine gave. */
  private static int same(String name, Model data) {
    int n = 0;
    for (String s : SHAPES) {
      DcatApShacl shacl = DcatApShacl.forResource(s);
      DcatApShacl.Result engine = shacl.validateWithEngine(data);
      assertThat(shacl.validate(data).results()).as("%s with %s", name, s).isEqualTo(engine.results());
      n += engine.results().size();
    }
    return n;
  }

  private static Model shapes(String resource) throws IOException {
    try (InputStream in = DirectShapesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return Rio.parse(in, "", RDFFormat.TURTLE);
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(DirectShapesTest.class.getClassLoader().getResource(name).toURI());
  }
}
