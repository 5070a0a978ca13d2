package gt.observatorio.rules.builtin.mqa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclValidator;
import org.eclipse.rdf4j.sail.shacl.results.ValidationReport;

/**
 * SHACL validation with RDF4J's engine against a shapes file on the class path, loaded once per
 * resource. Validation is thread-safe (each call validates its own data store).
 */
final class DcatApShacl {
  /** The outcome: conforms, and the first violations as {@code path: constraint} texts. */
  record Result(boolean conforms, int violations, List<String> samples) {}

  private static final Map<String, DcatApShacl> LOADED = new ConcurrentHashMap<>();
  private static final DcatApShacl MISSING = new DcatApShacl(null);
  private final MemoryStore shapes;

  private DcatApShacl(MemoryStore shapes) {
    this.shapes = shapes;
  }

  /** The shapes at a class-path resource, or null when the resource is not there. */
  static DcatApShacl forResource(String resource) {
    DcatApShacl s = LOADED.computeIfAbsent(resource, DcatApShacl::load);
    return s == MISSING ? null : s;
  }

  private static DcatApShacl load(String resource) {
    try (InputStream in = DcatApShacl.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return MISSING;
      }
      Model model = Rio.parse(in, "", RDFFormat.TURTLE);
      MemoryStore store = new MemoryStore();
      store.init();
      try (SailConnection c = store.getConnection()) {
        c.begin();
        for (Statement st : model) {
          c.addStatement(st.getSubject(), st.getPredicate(), st.getObject(), RDF4J.SHACL_SHAPE_GRAPH);
        }
        c.commit();
      }
      return new DcatApShacl(store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SHACL shapes " + resource, e);
    }
  }

  @SuppressWarnings("deprecation")
  Result validate(Model data) {
    MemoryStore store = new MemoryStore();
    store.init();
    try {
      try (SailConnection c = store.getConnection()) {
        c.begin();
        for (Statement st : data) {
          c.addStatement(st.getSubject(), st.getPredicate(), st.getObject());
        }
        c.commit();
      }
      ValidationReport report = ShaclValidator.validate(store, shapes);
      List<String> samples = new ArrayList<>();
      Model rm = report.asModel();
      int n = 0;
      for (Resource r : rm.filter(null, RDF.TYPE, SHACL.VALIDATION_RESULT).subjects()) {
        n++;
        if (samples.size() < 5) {
          String path = Models.objectIRI(rm.filter(r, SHACL.RESULT_PATH, null)).map(i -> i.getLocalName()).orElse("(node)");
          String comp = Models.objectIRI(rm.filter(r, SHACL.SOURCE_CONSTRAINT_COMPONENT, null))
              .map(i -> i.getLocalName()).orElse("?");
          String focus = Models.object(rm.filter(r, SHACL.FOCUS_NODE, null)).map(v -> v.stringValue()).orElse("");
          samples.add(path + ": " + comp + (focus.contains(":dist:") ? " (" + focus.substring(focus.lastIndexOf(":dist:") + 1) + ")" : ""));
        }
      }
      return new Result(report.conforms(), n, samples);
    } finally {
      store.shutDown();
    }
  }

}
