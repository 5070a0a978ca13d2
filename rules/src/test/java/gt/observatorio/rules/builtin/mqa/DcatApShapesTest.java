package gt.observatorio.rules.builtin.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The observatory's own DCAT-AP 3.0 shapes measured on the DCAT documents of the crawler's fixtures
 * (each with its PROVENANCE.md under {@code crawler/src/test/resources/dcat/}), read as they are, with
 * their catalogue, agents and distributions.
 */
class DcatApShapesTest {
  private static final Path FIXTURES = Path.of("../crawler/src/test/resources/dcat");
  private static final DcatApShacl SHAPES = DcatApShacl.forResource(DcatApCompliance.DEFAULT_SHAPES);
  private static final SimpleValueFactory VF = SimpleValueFactory.getInstance();

  private static Model read(String file, RDFFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(FIXTURES.resolve(file))) {
      return Rio.parse(in, "http://fixture.test/", format);
    }
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        // ckanext-dcat Turtle: the catalogue has no description nor publisher (both mandatory in DCAT-AP 3.0).
        Arguments.of("ckan-dcat-ttl/catalog-page-1.ttl", RDFFormat.TURTLE,
            List.of("dct:description@http://portal.test/", "dct:publisher@http://portal.test/")),
        // DCAT-AP-ES RDF/XML: the catalogue lacks description and publisher too.
        Arguments.of("dcat-ap-es-rdfxml/catalogo.rdf", RDFFormat.RDFXML,
            List.of("dct:description@http://rdf.test/catalogo", "dct:publisher@http://rdf.test/catalogo")),
        // JSON-LD: the distribution gives only a download URL; DCAT-AP's mandatory access URL is missing.
        Arguments.of("jsonld/catalog.jsonld", RDFFormat.JSONLD,
            List.of("dcat:accessURL@http://jsonld.test/dataset/presupuesto-municipal/json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void realDcatDocumentsAreMeasuredAndEachViolationNamesPropertyAndFocusNode(String file, RDFFormat format,
      List<String> expectedViolations) throws IOException {
    DcatApShacl.Result r = SHAPES.validate(read(file, format));
    System.out.printf("DCAT-AP 3.0 shapes on %s: conforms=%s violations=%d warnings=%d %s%n", file, r.conforms(),
        r.violations().size(), r.warnings().size(), r.results());
    assertThat(r.violations()).extracting(v -> v.property() + "@" + v.focus())
        .containsExactlyInAnyOrderElementsOf(expectedViolations);
    assertThat(r.conforms()).isEqualTo(expectedViolations.isEmpty());
  }

  @Test
  void aCopyWithoutDatasetTitleDescriptionAndAccessUrlFailsNamingThem() throws IOException {
    Model m = read("ckan-dcat-ttl/catalog-page-1.ttl", RDFFormat.TURTLE);
    IRI dataset = VF.createIRI("http://portal.test/dataset/lluvia-diaria");
    IRI dist = VF.createIRI("http://portal.test/dataset/lluvia-diaria/resource/1");
    m.remove(dataset, DCTERMS.TITLE, null);
    m.remove(dataset, DCTERMS.DESCRIPTION, null);
    m.remove(dist, DCAT.ACCESS_URL, null);

    DcatApShacl.Result r = SHAPES.validate(m);

    assertThat(r.conforms()).isFalse();
    assertThat(r.violations()).extracting(v -> v.property() + "@" + v.focus() + " " + v.constraint())
        .contains("dct:title@" + dataset + " MinCountConstraintComponent",
            "dct:description@" + dataset + " MinCountConstraintComponent",
            "dcat:accessURL@" + dist + " MinCountConstraintComponent");
  }
}
