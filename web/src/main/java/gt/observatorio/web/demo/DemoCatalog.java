package gt.observatorio.web.demo;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the simulated CKAN catalog of one institution for one simulated week: pure and
 * deterministic, so the same week always looks the same. Quality follows the institution's
 * {@link Persona}: metadata fields, open formats, licences and fresh dates appear more often as
 * quality rises; links break and datasets go stale as it falls.
 */
final class DemoCatalog {
  private static final String[] TOPICS = {
    "empleo formal", "salarios mínimos", "vacunación", "matrícula escolar", "desnutrición aguda",
    "migrantes retornados", "denuncias de violencia", "presupuesto ejecutado", "compras públicas",
    "becas", "capacitaciones", "producción agrícola", "centros de salud", "escuelas", "programas sociales",
    "precios de granos básicos", "remesas", "investigación científica", "movilidad laboral", "hospitales",
    "alertas nutricionales", "infraestructura educativa", "servicios de atención", "empleados públicos"};
  private static final String[] FREQUENCIES = {"mensual", "trimestral", "anual", "monthly", "R/P1M", "semestral"};
  private static final int[] FREQUENCY_DAYS = {30, 91, 365, 30, 30, 182};

  private DemoCatalog() {}

  /** The CKAN {@code package_search} result objects of {@code persona} at {@code week}. */
  static List<JsonObject> packages(Persona p, int week, LocalDate today, String baseUrl) {
    double q = p.qualityAt(week);
    List<JsonObject> out = new ArrayList<>();
    for (int i = 0; i < p.datasets(); i++) {
      out.add(dataset(p, i, week, q, today, baseUrl));
    }
    return out;
  }

  private static JsonObject dataset(Persona p, int i, int week, double q, LocalDate today, String base) {
    String topic = TOPICS[(i + p.code().length()) % TOPICS.length];
    String name = p.code().toLowerCase(Locale.ROOT) + "-" + slug(topic) + "-" + i;
    int f = (i + p.code().hashCode() & 0x7fffffff) % FREQUENCIES.length;
    boolean fresh = u(p, i, 5) < q;
    LocalDate modified = fresh
        ? today.minusDays((long) (u(p, i, 6) * FREQUENCY_DAYS[f] * 0.8))
        : today.minusDays(FREQUENCY_DAYS[f] * 3L + (long) (u(p, i, 7) * 200));
    JsonObject d = new JsonObject()
        .put("id", java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
        .put("name", name)
        .put("title", capitalize(topic) + " (" + p.code() + ")")
        .put("notes", u(p, i, 1) < q ? "Datos de " + topic + " publicados por " + p.code()
            + ", desagregados por departamento y municipio." : "")
        .put("metadata_created", today.minusYears(2).toString() + "T10:00:00")
        .put("metadata_modified", modified + "T10:00:00")
        .put("organization", new JsonObject().put("name", p.code().toLowerCase(Locale.ROOT)).put("title", p.code()))
        .put("tags", tags(p, i, q, topic))
        .put("groups", u(p, i, 8) < q ? new JsonArray().add(new JsonObject().put("title", "Gobierno y sector público")) : new JsonArray())
        .put("extras", new JsonArray().add(new JsonObject().put("key", "frequency")
            .put("value", u(p, i, 9) < q + 0.2 ? FREQUENCIES[f] : "")));
    if (u(p, i, 3) < q) {
      d.put("license_id", "cc-by").put("license_title", "Creative Commons Attribution");
    } else if (u(p, i, 3) < q + 0.25) {
      d.put("license_id", "other-closed").put("license_title", "Todos los derechos reservados");
    } else {
      d.put("license_id", "notspecified").put("license_title", "Licencia no especificada");
    }
    if (u(p, i, 4) < q) {
      d.put("maintainer", "Unidad de Información Pública").put("maintainer_email", "datos@" + p.code().toLowerCase(Locale.ROOT) + ".gob.gt");
    }
    d.put("resources", resources(p, i, week, q, modified, base, name));
    return d;
  }

  private static JsonArray resources(Persona p, int i, int week, double q, LocalDate modified, String base, String name) {
    JsonArray out = new JsonArray();
    int count = 1 + (int) (u(p, i, 10) * 2.5);
    for (int r = 0; r < count; r++) {
      double ur = u(p, i * 7 + r, 11);
      String ext = ur < q ? (r % 2 == 0 ? "csv" : "json") : (ur < q + 0.25 ? "xlsx" : "pdf");
      boolean broken = p.breakFromWeek() >= 0 && week >= p.breakFromWeek() && (i + r) % 3 == 0;
      String file = name + "-" + r + "." + ext;
      String path = broken ? "/archivos/eliminado/" + file : "/archivos/" + modified + "/" + file;
      String declared = u(p, i, 12 + r) < 0.1 ? "" : ext.toUpperCase(Locale.ROOT);
      out.add(new JsonObject()
          .put("id", name + "-r" + r)
          .put("name", file)
          .put("url", base + path)
          .put("download_url", u(p, i * 7 + r, 13) < q ? base + path : null)
          .put("format", declared)
          .put("mimetype", ext.equals("csv") ? "text/csv" : null)
          .put("last_modified", modified + "T10:00:00")
          .put("created", modified.minusDays(1) + "T10:00:00"));
    }
    return out;
  }

  private static JsonArray tags(Persona p, int i, double q, String topic) {
    JsonArray tags = new JsonArray();
    if (u(p, i, 2) < q) {
      for (String w : topic.split(" ")) {
        tags.add(new JsonObject().put("name", w));
      }
      tags.add(new JsonObject().put("name", "guatemala"));
    }
    return tags;
  }

  /** A deterministic number in [0,1) for (institution, item, salt). */
  static double u(Persona p, int item, int salt) {
    long h = p.code().hashCode() * 0x9E3779B97F4A7C15L + item * 0xC2B2AE3D27D4EB4FL + salt * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53;
  }

  private static String slug(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace(' ', '-');
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
