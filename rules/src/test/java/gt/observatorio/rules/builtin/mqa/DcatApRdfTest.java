package gt.observatorio.rules.builtin.mqa;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The RDF the DCAT-AP SHACL check validates carries each distribution's rights as DCAT-AP ranges them. */
class DcatApRdfTest {
  private static Model model(String rights) {
    Distribution x = new Distribution("CSV", "https://datos.test/d", "https://datos.test/d.csv", "CSV", "text/csv",
        null, null, null, null, rights);
    return DcatApRdf.of(new Dataset("d1", "Datos", null, null, null, List.of(), List.of(), null, null, null, null,
        null, null, null, null, List.of(x), null));
  }

  @Test
  void rightsGivenAsAnIriStayAnIri() {
    Model m = model("http://publications.europa.eu/resource/authority/access-right/PUBLIC");
    assertThat(m.filter(null, DCTERMS.RIGHTS, null).objects()).extracting(Object::toString)
        .containsExactly("http://publications.europa.eu/resource/authority/access-right/PUBLIC");
  }

  @Test
  void rightsGivenAsTextBecomeALabelledRightsStatement() {
    Model m = model("Uso libre citando la fuente");
    Resource statement = (Resource) m.filter(null, DCTERMS.RIGHTS, null).objects().iterator().next();
    assertThat(m.contains(statement, RDF.TYPE, DCTERMS.RIGHTS_STATEMENT)).isTrue();
    assertThat(m.filter(statement, RDFS.LABEL, null).objects()).extracting(v -> v.stringValue())
        .containsExactly("Uso libre citando la fuente");
  }

  @Test
  void noRightsWritesNoTriple() {
    assertThat(model(null).filter(null, DCTERMS.RIGHTS, null)).isEmpty();
  }
}
