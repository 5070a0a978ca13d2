package gt.observatorio.web.oc4ids;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.web.oc4ids.Oc4idsFields.Arr;
import gt.observatorio.web.oc4ids.Oc4idsFields.Num;
import gt.observatorio.web.oc4ids.Oc4idsFields.Obj;
import gt.observatorio.web.oc4ids.Oc4idsFields.Spec;
import gt.observatorio.web.oc4ids.Oc4idsFields.Str;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The observatory's own OC4IDS checks, from the documentation's facts ({@link Oc4idsFields}): required
 * fields, types, formats (URI, date-time, version), closed codelists, ISO 4217 currencies and ISO 3166-1
 * countries, unique project ids in a package, and OCDS identifiers with an {@code ocds-xxxxxx-} prefix.
 * Fields the documentation does not describe (extensions) are not checked. Pure: a parsed package in,
 * findings out.
 */
public final class Oc4idsValidator {
  private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+$");
  private static final Pattern OCID = Pattern.compile("^ocds-[a-z0-9]{6}-.+");
  private static final Pattern DATE_TIME =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$");
  private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private final Oc4idsCodelists codelists;

  public Oc4idsValidator(Oc4idsCodelists codelists) {
    this.codelists = codelists;
  }

  public List<Oc4idsFinding> validate(JsonNode pkg) {
    List<Oc4idsFinding> out = new ArrayList<>();
    check(pkg, Oc4idsFields.PACKAGE, "", out);
    JsonNode projects = pkg.path("projects");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < projects.size(); i++) {
      String id = projects.get(i).path("id").asText("");
      if (!id.isEmpty() && !ids.add(id)) {
        out.add(Oc4idsFinding.error("oc4ids.duplicate_id", "/projects/" + i + "/id", Text.of(
            "El identificador de proyecto '" + id + "' se repite en el paquete; cada proyecto necesita uno único.",
            "Project id '" + id + "' is repeated in the package; each project needs a unique one.")));
      }
      JsonNode cps = projects.get(i).path("contractingProcesses");
      for (int j = 0; j < cps.size(); j++) {
        JsonNode ocid = cps.get(j).path("summary").path("ocid");
        if (ocid.isTextual() && !ocid.asText().isBlank() && !OCID.matcher(ocid.asText()).matches()) {
          out.add(Oc4idsFinding.warning("oc4ids.ocid_prefix",
              "/projects/" + i + "/contractingProcesses/" + j + "/summary/ocid", Text.of(
              "El OCID '" + ocid.asText() + "' no empieza con un prefijo ocds-xxxxxx- registrado.",
              "OCID '" + ocid.asText() + "' does not start with a registered ocds-xxxxxx- prefix.")));
        }
      }
    }
    return out;
  }

  private void check(JsonNode n, Spec spec, String path, List<Oc4idsFinding> out) {
    if (n.isNull()) {
      return; // empty values are CoST's review check (oc4ids.empty_value)
    }
    if (spec instanceof Obj o) {
      object(n, o, path, out);
    } else if (spec instanceof Arr a) {
      array(n, a, path, out);
    } else if (spec instanceof Num num) {
      if (!n.isNumber() || num.integer() && !n.isIntegralNumber()) {
        out.add(type(path, num.integer() ? "entero / integer" : "número / number", n));
      }
    } else {
      string(n, (Str) spec, path, out);
    }
  }

  private void object(JsonNode n, Obj o, String path, List<Oc4idsFinding> out) {
    if (!n.isObject()) {
      out.add(type(path, "objeto / object (" + o.name() + ")", n));
      return;
    }
    for (String r : new TreeSet<>(o.required())) {
      JsonNode v = n.get(r);
      if (v == null || v.isNull() || v.isTextual() && v.asText().isEmpty()) {
        out.add(Oc4idsFinding.error("oc4ids.required", path + "/" + r, Text.of(
            "Falta el campo obligatorio '" + r + "' de " + o.name() + ".",
            "Required field '" + r + "' of " + o.name() + " is missing.")));
      }
    }
    for (Map.Entry<String, Spec> f : o.fields().entrySet()) {
      JsonNode v = n.get(f.getKey());
      if (v != null) {
        check(v, f.getValue(), path + "/" + f.getKey(), out);
      }
    }
  }

  private void array(JsonNode n, Arr a, String path, List<Oc4idsFinding> out) {
    if (!n.isArray()) {
      out.add(type(path, "lista / array", n));
      return;
    }
    if (n.size() < a.minItems()) {
      out.add(Oc4idsFinding.error("oc4ids.min_items", path, Text.of(
          "La lista necesita al menos " + a.minItems() + " elemento(s).",
          "The list needs at least " + a.minItems() + " item(s).")));
    }
    for (int i = 0; i < n.size(); i++) {
      check(n.get(i), a.items(), path + "/" + i, out);
    }
  }

  private void string(JsonNode n, Str s, String path, List<Oc4idsFinding> out) {
    if (!n.isTextual()) {
      out.add(type(path, "texto / string", n));
      return;
    }
    String v = n.asText();
    switch (s.format()) {
      case TEXT -> { }
      case URI -> {
        if (!Oc4idsValues.absoluteUri(v)) {
          out.add(format(path, v, "un URI absoluto", "an absolute URI"));
        }
      }
      case DATE_TIME -> {
        if (!DATE_TIME.matcher(v).matches()) {
          out.add(format(path, v, "fecha y hora RFC 3339 (2025-05-31T00:00:00Z)", "an RFC 3339 date-time (2025-05-31T00:00:00Z)"));
        }
      }
      case VERSION -> {
        if (!VERSION.matcher(v).matches()) {
          out.add(format(path, v, "versión mayor.menor (0.9)", "a major.minor version (0.9)"));
        }
      }
      case CURRENCY -> {
        if (!CURRENCIES.contains(v)) {
          out.add(codelist(path, v, "currency (ISO 4217)", List.of("GTQ", "USD", "EUR", "...")));
        }
      }
      case COUNTRY -> {
        if (!COUNTRIES.contains(v)) {
          out.add(codelist(path, v, "country (ISO 3166-1 alfa-2 / alpha-2)", List.of("GT", "MX", "SV", "...")));
        }
      }
      case CODELIST -> {
        if (!codelists.codes(s.codelist()).contains(v)) {
          out.add(codelist(path, v, s.codelist(), codelists.codes(s.codelist())));
        }
      }
    }
  }

  private static Oc4idsFinding type(String path, String expected, JsonNode actual) {
    String got = actual.getNodeType().name().toLowerCase(Locale.ROOT);
    return Oc4idsFinding.error("oc4ids.type", path, Text.of(
        "Tipo equivocado: se esperaba " + expected + ", se encontró " + got + ".",
        "Wrong type: expected " + expected.substring(expected.indexOf('/') + 1).strip() + ", found " + got + "."));
  }

  private static Oc4idsFinding format(String path, String value, String es, String en) {
    return Oc4idsFinding.error("oc4ids.format", path, Text.of(
        "El valor '" + value + "' no es " + es + ".", "Value '" + value + "' is not " + en + "."));
  }

  private static Oc4idsFinding codelist(String path, String value, String list, java.util.Collection<String> codes) {
    String allowed = String.join(", ", codes);
    return Oc4idsFinding.error("oc4ids.codelist", path, Text.of(
        "El valor '" + value + "' no está en la lista cerrada " + list + " (" + allowed + ").",
        "Value '" + value + "' is not in the closed codelist " + list + " (" + allowed + ")."));
  }
}
