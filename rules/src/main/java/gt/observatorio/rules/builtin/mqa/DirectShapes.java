package gt.observatorio.rules.builtin.mqa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.base.CoreDatatype;
import org.eclipse.rdf4j.model.datatypes.XMLDatatypeUtil;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SHACL;

/**
 * A shapes graph that uses only SHACL's simplest constraints, evaluated directly on a data model: node
 * shapes with {@code sh:targetClass} and {@code sh:property}; property shapes with a single-IRI
 * {@code sh:path}, {@code sh:minCount}, {@code sh:maxCount}, {@code sh:nodeKind}, {@code sh:datatype}, an
 * {@code sh:or} of datatypes and {@code sh:severity} (the observatory's own DCAT-AP 3.0 shapes). Gives the
 * results RDF4J's engine gives for such shapes (same focus nodes, paths, constraint components, values and
 * severities; {@code DirectShapesTest} compares both), at a small fraction of its per-call cost. Shapes that use
 * anything else, and data with {@code rdfs:subClassOf} (the engine reasons over it), are left to the engine.
 */
final class DirectShapes {
  private record PropertyShape(IRI path, Integer min, Integer max, IRI nodeKind, List<IRI> datatypes, boolean or,
      boolean violation) {}

  private record NodeShape(List<IRI> targets, List<PropertyShape> properties) {}

  private static final Set<IRI> NODE_KEYS = Set.of(RDF.TYPE, SHACL.TARGET_CLASS, SHACL.PROPERTY, RDFS.COMMENT, RDFS.LABEL);
  private static final Set<IRI> PROPERTY_KEYS = Set.of(SHACL.PATH, SHACL.MIN_COUNT, SHACL.MAX_COUNT, SHACL.NODE_KIND_PROP,
      SHACL.DATATYPE, SHACL.OR, SHACL.SEVERITY_PROP, RDFS.COMMENT, RDFS.LABEL);
  private static final Set<IRI> KINDS = Set.of(SHACL.IRI, SHACL.LITERAL, SHACL.BLANK_NODE, SHACL.BLANK_NODE_OR_IRI,
      SHACL.BLANK_NODE_OR_LITERAL, SHACL.IRI_OR_LITERAL);
  private final List<NodeShape> shapes;

  private DirectShapes(List<NodeShape> shapes) {
    this.shapes = shapes;
  }

  /** The shapes compiled for direct evaluation, or empty when the graph uses anything this class does not evaluate. */
  static Optional<DirectShapes> compile(Model g) {
    try {
      Set<Resource> known = new LinkedHashSet<>();
      List<NodeShape> out = new ArrayList<>();
      for (Resource n : g.filter(null, RDF.TYPE, SHACL.NODE_SHAPE).subjects()) {
        known.add(n);
        List<IRI> targets = new ArrayList<>();
        g.filter(n, SHACL.TARGET_CLASS, null).objects().forEach(t -> targets.add((IRI) t));
        List<PropertyShape> props = new ArrayList<>();
        for (Value p : g.filter(n, SHACL.PROPERTY, null).objects()) {
          props.add(property(g, (Resource) p, known));
        }
        only(g, n, NODE_KEYS);
        out.add(new NodeShape(List.copyOf(targets), List.copyOf(props)));
      }
      for (Statement st : g) {
        if (!known.contains(st.getSubject())) {
          return Optional.empty();
        }
      }
      return Optional.of(new DirectShapes(List.copyOf(out)));
    } catch (Unsupported | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static PropertyShape property(Model g, Resource p, Set<Resource> known) {
    known.add(p);
    only(g, p, PROPERTY_KEYS);
    IRI path = (IRI) one(g, p, SHACL.PATH).orElseThrow(Unsupported::new);
    Integer min = one(g, p, SHACL.MIN_COUNT).map(v -> ((Literal) v).intValue()).orElse(null);
    Integer max = one(g, p, SHACL.MAX_COUNT).map(v -> ((Literal) v).intValue()).orElse(null);
    IRI kind = (IRI) one(g, p, SHACL.NODE_KIND_PROP).orElse(null);
    if (kind != null && !KINDS.contains(kind)) {
      throw new Unsupported();
    }
    boolean violation = one(g, p, SHACL.SEVERITY_PROP).map(SHACL.VIOLATION::equals).orElse(true);
    Optional<Value> datatype = one(g, p, SHACL.DATATYPE);
    Optional<Value> or = one(g, p, SHACL.OR);
    if (datatype.isPresent() && or.isPresent()) {
      throw new Unsupported();
    }
    List<IRI> types = new ArrayList<>();
    datatype.ifPresent(d -> types.add((IRI) d));
    if (or.isPresent()) {
      for (Value member : list(g, (Resource) or.get(), known)) {
        known.add((Resource) member);
        only(g, (Resource) member, Set.of(SHACL.DATATYPE));
        types.add((IRI) one(g, (Resource) member, SHACL.DATATYPE).orElseThrow(Unsupported::new));
      }
    }
    return new PropertyShape(path, min, max, kind, List.copyOf(types), or.isPresent(), violation);
  }

  private static List<Value> list(Model g, Resource head, Set<Resource> known) {
    List<Value> out = new ArrayList<>();
    for (Resource n = head; !RDF.NIL.equals(n); n = (Resource) one(g, n, RDF.REST).orElseThrow(Unsupported::new)) {
      known.add(n);
      only(g, n, Set.of(RDF.FIRST, RDF.REST));
      out.add(one(g, n, RDF.FIRST).orElseThrow(Unsupported::new));
    }
    return out;
  }

  private static Optional<Value> one(Model g, Resource s, IRI p) {
    Set<Value> vs = g.filter(s, p, null).objects();
    if (vs.size() > 1) {
      throw new Unsupported();
    }
    return vs.stream().findFirst();
  }

  private static void only(Model g, Resource s, Set<IRI> allowed) {
    for (Statement st : g.filter(s, null, null)) {
      if (!allowed.contains(st.getPredicate()) || (st.getPredicate().equals(RDF.TYPE)
          && !st.getObject().equals(SHACL.NODE_SHAPE) && !st.getObject().equals(SHACL.PROPERTY_SHAPE))) {
        throw new Unsupported();
      }
    }
  }

  /** Whether this evaluation gives the engine's results for the data (no class hierarchy to reason over). */
  boolean handles(Model data) {
    return !data.contains(null, RDFS.SUBCLASSOF, null);
  }

  /** The results, sorted as {@link DcatApShacl#validate} sorts them. */
  DcatApShacl.Result validate(Model data) {
    List<DcatApShacl.Violation> out = new ArrayList<>();
    for (NodeShape n : shapes) {
      Set<Resource> focus = new LinkedHashSet<>();
      for (IRI t : n.targets()) {
        focus.addAll(data.filter(null, RDF.TYPE, t).subjects());
      }
      for (Resource f : focus) {
        String focusText = DcatApShacl.node(f, data);
        for (PropertyShape p : n.properties()) {
          check(p, f, focusText, data, out);
        }
      }
    }
    out.sort(Comparator.comparing(DcatApShacl.Violation::focus).thenComparing(DcatApShacl.Violation::property)
        .thenComparing(DcatApShacl.Violation::constraint).thenComparing(DcatApShacl.Violation::value));
    return new DcatApShacl.Result(List.copyOf(out));
  }

  private static void check(PropertyShape p, Resource f, String focus, Model data, List<DcatApShacl.Violation> out) {
    Set<Value> values = data.filter(f, p.path(), null).objects();
    String path = DcatApShacl.prefixed(p.path());
    if (p.min() != null && values.size() < p.min()) {
      out.add(new DcatApShacl.Violation(p.violation(), path, focus, "MinCountConstraintComponent", ""));
    }
    if (p.max() != null && values.size() > p.max()) {
      out.add(new DcatApShacl.Violation(p.violation(), path, focus, "MaxCountConstraintComponent", ""));
    }
    for (Value v : values) {
      if (p.nodeKind() != null && !kind(p.nodeKind(), v)) {
        out.add(new DcatApShacl.Violation(p.violation(), path, focus, "NodeKindConstraintComponent",
            DcatApShacl.node(v, data)));
      }
      if (!p.datatypes().isEmpty() && p.datatypes().stream().noneMatch(t -> datatype(t, v))) {
        out.add(new DcatApShacl.Violation(p.violation(), path, focus,
            p.or() ? "OrConstraintComponent" : "DatatypeConstraintComponent", DcatApShacl.node(v, data)));
      }
    }
  }

  private static boolean kind(IRI k, Value v) {
    if (SHACL.IRI.equals(k)) {
      return v.isIRI();
    } else if (SHACL.LITERAL.equals(k)) {
      return v.isLiteral();
    } else if (SHACL.BLANK_NODE.equals(k)) {
      return v.isBNode();
    } else if (SHACL.BLANK_NODE_OR_IRI.equals(k)) {
      return v.isBNode() || v.isIRI();
    } else if (SHACL.BLANK_NODE_OR_LITERAL.equals(k)) {
      return v.isBNode() || v.isLiteral();
    } else if (SHACL.IRI_OR_LITERAL.equals(k)) {
      return v.isIRI() || v.isLiteral();
    }
    throw new IllegalStateException("sh:nodeKind " + k);
  }

  /** As RDF4J's DatatypeFilter: a literal of the datatype whose lexical form is valid for an XSD datatype. */
  private static boolean datatype(IRI t, Value v) {
    if (!v.isLiteral()) {
      return false;
    }
    Literal l = (Literal) v;
    CoreDatatype.XSD xsd = CoreDatatype.from(t).asXSDDatatype().orElse(null);
    if (xsd != null) {
      return l.getCoreDatatype() == xsd && XMLDatatypeUtil.isValidValue(l.stringValue(), xsd);
    }
    return l.getDatatype().equals(t);
  }

  /** A shapes graph outside what this class evaluates. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }
}
