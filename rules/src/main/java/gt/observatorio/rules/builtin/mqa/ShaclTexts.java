package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Text;

/** Readable texts for a SHACL result: which property, on which node, broke which constraint. */
final class ShaclTexts {
  private ShaclTexts() {}

  static Text message(DcatApShacl.Violation v) {
    String p = v.property();
    String[] where = where(v).split("\\|");
    return switch (v.constraint()) {
      case "MinCountConstraintComponent" -> Text.of(
          "Falta la propiedad " + p + (v.violation() ? "" : " (recomendada)") + " en " + where[0] + ".",
          "Property " + p + (v.violation() ? "" : " (recommended)") + " is missing on " + where[1] + ".");
      case "MaxCountConstraintComponent" -> Text.of(
          "La propiedad " + p + " tiene más valores de los que DCAT-AP admite en " + where[0] + ".",
          "Property " + p + " has more values than DCAT-AP allows on " + where[1] + ".");
      case "NodeKindConstraintComponent" -> Text.of(
          "La propiedad " + p + " en " + where[0] + " tiene un valor de otro tipo (un texto donde va un URI o recurso, o al revés).",
          "Property " + p + " on " + where[1] + " has a value of the wrong kind (a text where a URI or resource goes, or the reverse).");
      case "DatatypeConstraintComponent", "OrConstraintComponent" -> Text.of(
          "La propiedad " + p + " en " + where[0] + " tiene un valor con un tipo de dato no válido.",
          "Property " + p + " on " + where[1] + " has a value of an invalid datatype.");
      default -> Text.of(
          "La propiedad " + p + " en " + where[0] + " no cumple la restricción " + v.constraint() + ".",
          "Property " + p + " on " + where[1] + " breaks constraint " + v.constraint() + ".");
    };
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

  /** "es|en" names of the focus node. */
  private static String where(DcatApShacl.Violation v) {
    int d = v.focus().lastIndexOf(":dist:");
    if (v.focus().startsWith("urn:observatorio:dataset:") && v.focus().indexOf(' ') > 0) {
      return "el nodo " + v.focus() + "|node " + v.focus();
    }
    if (v.focus().startsWith("urn:observatorio:dataset:")) {
      return d > 0 ? "la distribución " + v.focus().substring(d + 6) + "|distribution " + v.focus().substring(d + 6)
          : "el conjunto de datos|the dataset";
    }
    return "el nodo " + v.focus() + "|node " + v.focus();
  }
}
