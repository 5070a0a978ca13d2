package gt.observatorio.crawler.harvest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Vocabulary IRIs and lenient reads of an RDF model (Spanish literals preferred). */
final class Rdf {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();
  static final String DCAT = "http://www.w3.org/ns/dcat#";
  static final String DCT = "http://purl.org/dc/terms/";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
  static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  static final String SCHEMA = "http://schema.org/";
  static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
  static final IRI TYPE = VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

  private Rdf() {}

  static IRI iri(String ns, String local) {
    return VF.createIRI(ns + local);
  }

  static List<Value> all(Model m, Resource s, IRI p) {
    return new ArrayList<>(m.filter(s, p, null).objects());
  }

  /** A literal's text, preferring Spanish, then no language, then any; else an IRI's text. */
  static String text(Model m, Resource s, IRI p) {
    List<Value> values = all(m, s, p);
    String plain = null;
    String other = null;
    for (Value v : values) {
      if (v instanceof Literal l) {
        Optional<String> lang = l.getLanguage();
        if (lang.isPresent() && lang.get().toLowerCase().startsWith("es")) {
          return l.getLabel().strip();
        }
        if (lang.isEmpty() && plain == null) {
          plain = l.getLabel().strip();
        } else if (other == null) {
          other = l.getLabel().strip();
        }
      } else if (v instanceof IRI i && other == null) {
        other = i.stringValue();
      }
    }
    String t = plain != null ? plain : other;
    return t == null || t.isEmpty() ? null : t;
  }

  /** The label of a node (foaf:name, vcard:fn, skos:prefLabel, rdfs:label), a literal, or an IRI. */
  static String label(Model m, Value v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Literal l) {
      return l.getLabel().strip();
    }
    Resource r = (Resource) v;
    for (IRI p : List.of(iri(FOAF, "name"), iri(VCARD, "fn"), iri(SKOS, "prefLabel"), iri(RDFS, "label"),
        iri(DCT, "title"), iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "value"))) {
      String t = text(m, r, p);
      if (t != null) {
        return t;
      }
    }
    return r instanceof IRI ? r.stringValue() : null;
  }

  static String labelOf(Model m, Resource s, IRI p) {
    List<Value> values = all(m, s, p);
    return values.isEmpty() ? null : label(m, values.get(0));
  }

  static List<String> labels(Model m, Resource s, IRI p) {
    List<String> out = new ArrayList<>();
    for (Value v : all(m, s, p)) {
      String t = label(m, v);
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  static Resource resource(Model m, Resource s, IRI p) {
    for (Value v : all(m, s, p)) {
      if (v instanceof Resource r) {
        return r;
      }
    }
    return null;
  }
}
