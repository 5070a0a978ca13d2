package gt.observatorio.web.oc4ids;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks CoST's OC4IDS review tool adds to schema validation: empty values, amounts without
 * currency, organisation references whose id is not in the project's {@code parties}, and project
 * ids without the {@code oc4ids-xxxxxx-} prefix. Pure: takes a parsed package, returns findings.
 */
public final class Oc4idsReview {
  private static final Pattern PREFIX = Pattern.compile("^oc4ids-[a-z0-9]{6}-.+");
  /** Fields that hold an OrganizationReference (or a list of them) in OC4IDS 0.9. */
  private static final Set<String> ORG_REFS = Set.of("publicAuthority", "procuringEntity", "administrativeEntity",
      "sourceParty", "payer", "payee", "funder", "buyer", "tenderers", "suppliers", "organization");

  private Oc4idsReview() {}

  public static List<Oc4idsFinding> review(JsonNode pkg) {
    List<Oc4idsFinding> out = new ArrayList<>();
    walkEmpty(pkg, "", out);
    walkAmounts(pkg, "", out);
    JsonNode projects = pkg.path("projects");
    for (int i = 0; i < projects.size(); i++) {
      JsonNode p = projects.get(i);
      String base = "/projects/" + i;
      String id = p.path("id").asText("");
      if (!PREFIX.matcher(id).matches()) {
        out.add(Oc4idsFinding.error("oc4ids.id_prefix", base + "/id", Text.of(
            "El identificador del proyecto '" + id + "' no empieza con el prefijo oc4ids-xxxxxx- registrado.",
            "Project id '" + id + "' does not start with a registered oc4ids-xxxxxx- prefix.")));
      }
      Set<String> parties = new HashSet<>();
      p.path("parties").forEach(party -> parties.add(party.path("id").asText("")));
      walkOrgRefs(p, base, parties, out, null);
    }
    return out;
  }

  private static void walkEmpty(JsonNode n, String path, List<Oc4idsFinding> out) {
    if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path + "/" + e.getKey();
        JsonNode v = e.getValue();
        if (v.isNull() || v.isTextual() && v.asText().isBlank() || v.isContainerNode() && v.isEmpty()) {
          out.add(Oc4idsFinding.warning("oc4ids.empty_value", p, Text.of("Campo vacío: omítalo o complételo.",
              "Empty field: omit it or fill it in.")));
        } else {
          walkEmpty(v, p, out);
        }
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walkEmpty(n.get(i), path + "/" + i, out);
      }
    }
  }

  private static void walkAmounts(JsonNode n, String path, List<Oc4idsFinding> out) {
    if (n.isObject()) {
      if (n.has("amount") && n.get("amount").isNumber() && n.path("currency").asText("").isBlank()) {
        out.add(Oc4idsFinding.error("oc4ids.amount_without_currency", path, Text.of(
            "Monto sin moneda: indique currency (por ejemplo GTQ).", "Amount without currency: set currency (e.g. GTQ).")));
      }
      n.fields().forEachRemaining(e -> walkAmounts(e.getValue(), path + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walkAmounts(n.get(i), path + "/" + i, out);
      }
    }
  }

  private static void walkOrgRefs(JsonNode n, String path, Set<String> parties, List<Oc4idsFinding> out,
      String field) {
    if (n.isObject()) {
      if (field != null && ORG_REFS.contains(field)) {
        String id = n.path("id").asText("");
        if (!parties.contains(id)) {
          out.add(Oc4idsFinding.error("oc4ids.organization_reference_missing", path, Text.of(
              "La organización referida ('" + id + "') no está en parties del proyecto.",
              "The referenced organisation ('" + id + "') is not in the project's parties.")));
        }
      }
      n.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("parties")) {
          walkOrgRefs(e.getValue(), path + "/" + e.getKey(), parties, out, e.getKey());
        }
      });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walkOrgRefs(n.get(i), path + "/" + i, parties, out, field);
      }
    }
  }
}
