package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.JsonFields.text;
import static gt.observatorio.crawler.harvest.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestIssue;
import java.net.URI;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The older Socrata views metadata API, {@code /api/views.json?limit=&page=}: used when a domain has
 * no catalog v1. Only tabular datasets are kept; epoch-second dates become ISO instants.
 */
final class SocrataViews {
  private static final int LIMIT = 100;

  private SocrataViews() {}

  /** Reads every page; false when the first page could not be read. */
  static boolean read(JsonReader reader, URI base, Tally tally, int maxPages, List<HarvestIssue> issues) {
    for (int page = 1; page <= maxPages; page++) {
      URI uri = base.resolve("api/views.json?limit=" + LIMIT + "&page=" + page);
      JsonNode views = reader.get(uri, issues);
      if (views == null || !views.isArray()) {
        return page > 1;
      }
      tally.page();
      for (JsonNode v : views) {
        String type = text(v, "displayType");
        if (text(v, "id") != null && (type == null || "table".equals(type))) {
          tally.emit(map(v, base));
        }
      }
      if (views.size() < LIMIT) {
        return true;
      }
    }
    return true;
  }

  static Dataset map(JsonNode v, URI base) {
    String id = text(v, "id");
    String modified = epoch(v.get("rowsUpdatedAt"));
    String license = text(v, "license/name", "licenseId");
    List<Distribution> dists = List.of(
        new Distribution("CSV", null, base + "api/views/" + id + "/rows.csv?accessType=DOWNLOAD", "CSV",
            "text/csv", null, license, null, modified, null),
        new Distribution("SODA API (JSON)", base + "resource/" + id + ".json", null, "JSON",
            "application/json", null, license, null, modified, null));
    return new Dataset(id, text(v, "name"), text(v, "description"), text(v, "attribution"), null,
        texts(v.get("tags")), texts(v.get("category")), license, epoch(v.get("createdAt")),
        modified != null ? modified : epoch(v.get("viewLastModified")), frequency(v.path("metadata")
            .path("custom_fields")), null, null, null, base + "d/" + id, dists, v.toString());
  }

  private static String frequency(JsonNode customFields) {
    Iterator<Map.Entry<String, JsonNode>> groups = customFields.fields();
    while (groups.hasNext()) {
      Iterator<Map.Entry<String, JsonNode>> fields = groups.next().getValue().fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (f.getKey().toLowerCase(Locale.ROOT).matches(".*(frequency|frecuencia|periodicidad).*")) {
          return JsonFields.scalar(f.getValue());
        }
      }
    }
    return null;
  }

  private static String epoch(JsonNode n) {
    Long s = JsonFields.number(n);
    return s == null ? null : Instant.ofEpochSecond(s).toString();
  }
}
