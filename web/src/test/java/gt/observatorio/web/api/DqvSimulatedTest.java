package gt.observatorio.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** A JSON-LD consumer sees simulated data in the graph: a documented property, true on the measured catalogue. */
class DqvSimulatedTest {
  private static final String BASE = "http://127.0.0.1:8080";
  private static final IRI SIMULATED = SimpleValueFactory.getInstance().createIRI(BASE + "/api/v1/methodology#simulated");

  private static Model jsonLd(boolean simulated) throws Exception {
    Body b = new Dqv(BASE, List.of()).institution("DEMI", "Defensoría de la Mujer Indígena", List.of(), "observatorio")
        .simulated(simulated).write(false, "dqv-DEMI");
    assertThat(b.contentType()).startsWith("application/ld+json");
    return Rio.parse(new StringReader(b.bytes().toString()), BASE, RDFFormat.JSONLD);
  }

  @Test
  void simulatedDataCarriesTheMarkOnTheMeasuredResourceAndThePropertyIsDescribed() throws Exception {
    Model m = jsonLd(true);
    var vf = SimpleValueFactory.getInstance();
    IRI catalogue = vf.createIRI(BASE + "/api/v1/institutions/DEMI");
    assertThat(m.contains(catalogue, RDF.TYPE, DCAT.CATALOG)).isTrue();
    assertThat(m.contains(catalogue, SIMULATED, vf.createLiteral(true))).isTrue();
    assertThat(m.contains(SIMULATED, RDF.TYPE, RDF.PROPERTY)).isTrue();
    assertThat(m.filter(SIMULATED, org.eclipse.rdf4j.model.vocabulary.RDFS.COMMENT, null).size()).isEqualTo(2);
  }

  @Test
  void realDataCarriesNoMark() throws Exception {
    assertThat(jsonLd(false).filter(null, SIMULATED, null)).isEmpty();
  }
}
