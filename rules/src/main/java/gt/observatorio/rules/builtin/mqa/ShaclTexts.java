package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.MessageRef;

/** Readable texts for a SHACL result: which property, on which node, broke which constraint. */
final class ShaclTexts {
  private ShaclTexts() {}

  /**
   * The message, keyed by the broken constraint and the kind of node ({@code missing.dataset},
   * {@code missing-recommended.node}, ...): the property, the node and the constraint are its values, so the
   * store keeps each wording once.
   */
  static MessageRef message(DcatApShacl.Violation v) {
    Where w = where(v);
    String p = "{property}";
    MessageRef m = switch (v.constraint()) {
      case "MinCountConstraintComponent" -> MessageRef.of((v.violation() ? "missing." : "missing-recommended.") + w.kind,
          "Falta la propiedad " + p + (v.violation() ? "" : " (recomendada)") + " en " + w.es + ".",
          "Property " + p + (v.violation() ? "" : " (recommended)") + " is missing on " + w.en + ".");
      case "MaxCountConstraintComponent" -> MessageRef.of("too-many." + w.kind,
          "La propiedad " + p + " tiene más valores de los que DCAT-AP admite en " + w.es + ".",
          "Property " + p + " has more values than DCAT-AP allows on " + w.en + ".");
      case "NodeKindConstraintComponent" -> MessageRef.of("node-kind." + w.kind,
          "La propiedad " + p + " en " + w.es + " tiene un valor de otro tipo (un texto donde va un URI o recurso, o al revés).",
          "Property " + p + " on " + w.en + " has a value of the wrong kind (a text where a URI or resource goes, or the reverse).");
      case "DatatypeConstraintComponent", "OrConstraintComponent" -> MessageRef.of("datatype." + w.kind,
          "La propiedad " + p + " en " + w.es + " tiene un valor con un tipo de dato no válido.",
          "Property " + p + " on " + w.en + " has a value of an invalid datatype.");
      default -> MessageRef.of("constraint." + w.kind,
          "La propiedad " + p + " en " + w.es + " no cumple la restricción {constraint}.",
          "Property " + p + " on " + w.en + " breaks constraint {constraint}.").with("constraint", v.constraint());
    };
    m = m.with("property", v.property());
    return w.value == null ? m : m.with(w.kind, w.value);
  }

  static String observed(DcatApShacl.Violation v) {
    return "property=" + v.property() + "; focus=" + v.focus() + "; constraint=" + v.constraint()
        + (v.value().isEmpty() ? "" : "; value=" + v.value());
  }

  static String expected(DcatApShacl.Violation v) {
    return switch (v.constraint()) {
      case "MinCountConstraintComponent" -> v.property() + " ≥ 1";
      case "MaxCountConstraintComponent" -> v.property() + " ≤ 1";
      case "NodeKindConstraintComponent" -> v.property() + ": URI / recurso (resource) o texto según DCAT-AP";
      case "DatatypeConstraintComponent", "OrConstraintComponent" -> v.property() + ": xsd:date, xsd:dateTime, xsd:gYear, xsd:gYearMonth";
      default -> v.property() + ": " + v.constraint();
    };
  }

  /** A field path for the common model's nodes, else the focus node itself, with the property. */
  static String evidence(DcatApShacl.Violation v) {
    String f = v.focus();
    if (f.startsWith("urn:observatorio:dataset:")) {
      int d = f.lastIndexOf(":dist:");
      int space = f.indexOf(' ');
      String node = d > 0 ? "distributions[" + f.substring(d + 6, space > d ? space : f.length()) + "]" : "dataset";
      String via = space > 0 ? "." + f.substring(space + 1) : "";
      return node + via + " " + v.property() + " (" + f + ")";
    }
    return f + " " + v.property();
  }

  /** The kind of focus node (its key's suffix and value name), its names as templates, and its value if any. */
  private record Where(String kind, String es, String en, String value) {}

  private static Where where(DcatApShacl.Violation v) {
    int d = v.focus().lastIndexOf(":dist:");
    if (v.focus().startsWith("urn:observatorio:dataset:") && v.focus().indexOf(' ') > 0) {
      return new Where("node", "el nodo {node}", "node {node}", v.focus());
    }
    if (v.focus().startsWith("urn:observatorio:dataset:")) {
      return d > 0 ? new Where("distribution", "la distribución {distribution}", "distribution {distribution}",
          v.focus().substring(d + 6)) : new Where("dataset", "el conjunto de datos", "the dataset", null);
    }
    return new Where("node", "el nodo {node}", "node {node}", v.focus());
  }
}
