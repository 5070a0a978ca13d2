package gt.observatorio.rules.builtin.mqa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.SailConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclValidator;
import org.eclipse.rdf4j.sail.shacl.results.ValidationReport;

/**
 * SHACL validation with RDF4J's engine against a shapes file (a class-path resource, else a file
 * path), loaded once per name. Validation is thread-safe (each call validates its own data store).
 */
public final class DcatApShacl {
  /**
   * One SHACL result.
   *
   * @param violation true for {@code sh:Violation}; false for {@code sh:Warning} / {@code sh:Info}
   * @param property the result path in prefixed form ({@code dct:title}), or {@code (node)}
   * @param focus the focus node (an IRI, or {@code _:id} for a blank node)
   * @param constraint the constraint component's local name ({@code MinCountConstraintComponent})
   * @param value the offending value, or empty
   */
  public record Violation(boolean violation, String property, String focus, String constraint, String value) {}

  /** The outcome: conforms when no result has severity {@code sh:Violation}. */
  public record Result(List<Violation> results) {
    public boolean conforms() {
      return results.stream().noneMatch(Violation::violation);
    }

    public List<Violation> violations() {
      return results.stream().filter(Violation::violation).toList();
    }

    public List<Violation> warnings() {
      return results.stream().filter(v -> !v.violation()).toList();
    }
  }

  private static final Map<String, DcatApShacl> LOADED = new ConcurrentHashMap<>();
  private static final DcatApShacl MISSING = new DcatApShacl(null, null);
  private static final Map<String, String> PREFIXES = Map.of(
      "http://purl.org/dc/terms/", "dct:", "http://www.w3.org/ns/dcat#", "dcat:",
      "http://xmlns.com/foaf/0.1/", "foaf:", "http://www.w3.org/2006/vcard/ns#", "vcard:",
      "http://data.europa.eu/r5r/", "dcatap:", "http://www.w3.org/ns/adms#", "adms:");
  private final MemoryStore shapes;
  /** The same shapes evaluated directly when they use only the simplest constraints, else null. */
  private final DirectShapes direct;

  private DcatApShacl(MemoryStore shapes, DirectShapes direct) {
    this.shapes = shapes;
    this.direct = direct;
  }

  /** The shapes named by a class-path resource or a file path, or null when neither exists. */
  public static DcatApShacl forResource(String resource) {
    DcatApShacl s = LOADED.computeIfAbsent(resource, DcatApShacl::load);
    return s == MISSING ? null : s;
  }

  private static DcatApShacl load(String resource) {
    try (InputStream in = open(resource)) {
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
      return new DcatApShacl(store, DirectShapes.compile(model).orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SHACL shapes " + resource, e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = DcatApShacl.class.getClassLoader().getResourceAsStream(resource);
    if (in != null) {
      return in;
    }
    Path file = Path.of(resource.startsWith("file:") ? resource.substring(5) : resource);
    return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
  }

  /**
   * Validates a data graph; results sorted by focus node, property and constraint. Shapes that use only the
   * simplest constraints (the observatory's own) are evaluated directly, with the engine's results; others by
   * RDF4J's engine.
   */
  public Result validate(Model data) {
    return direct != null && direct.handles(data) ? direct.validate(data) : validateWithEngine(data);
  }

  /** Whether {@link #validate} evaluates these shapes directly, without RDF4J's engine. */
  boolean direct() {
    return direct != null;
  }

  /** Validates a data graph with RDF4J's engine, whatever the shapes. */
  @SuppressWarnings("deprecation")
  Result validateWithEngine(Model data) {
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
      Model rm = report.asModel();
      List<Violation> out = new ArrayList<>();
      for (Resource r : rm.filter(null, RDF.TYPE, SHACL.VALIDATION_RESULT).subjects()) {
        boolean violation = Models.objectIRI(rm.filter(r, SHACL.RESULT_SEVERITY, null))
            .map(SHACL.VIOLATION::equals).orElse(true);
        String path = Models.objectIRI(rm.filter(r, SHACL.RESULT_PATH, null)).map(DcatApShacl::prefixed).orElse("(node)");
        String comp = Models.objectIRI(rm.filter(r, SHACL.SOURCE_CONSTRAINT_COMPONENT, null))
            .map(IRI::getLocalName).orElse("?");
        String focus = Models.object(rm.filter(r, SHACL.FOCUS_NODE, null)).map(v -> node(v, data)).orElse("");
        String value = Models.object(rm.filter(r, SHACL.VALUE, null)).map(v -> node(v, data)).orElse("");
        out.add(new Violation(violation, path, focus, comp, value));
      }
      out.sort(Comparator.comparing(Violation::focus).thenComparing(Violation::property)
          .thenComparing(Violation::constraint).thenComparing(Violation::value));
      return new Result(List.copyOf(out));
    } finally {
      store.shutDown();
    }
  }

  /** An IRI or literal as is; a blank node as the node and property that point at it ({@code <ds> dct:publisher}). */
  static String node(Value v, Model data) {
    if (!v.isBNode()) {
      return v.stringValue();
    }
    for (Statement st : data) {
      if (st.getObject().isBNode() && st.getObject().stringValue().equals(v.stringValue())) {
        String subject = st.getSubject().isBNode() ? "_:" + st.getSubject().stringValue() : st.getSubject().stringValue();
        return subject + " " + prefixed(st.getPredicate());
      }
    }
    return "_:" + v.stringValue();
  }

  static String prefixed(IRI iri) {
    String p = PREFIXES.get(iri.getNamespace());
    return p == null ? iri.stringValue() : p + iri.getLocalName();
  }
}
