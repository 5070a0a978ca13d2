package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.JsonFields.number;
import static gt.observatorio.crawler.harvest.JsonFields.text;
import static gt.observatorio.crawler.harvest.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a CKAN package (Action API v3) to the DCAT-shaped model, much as ckanext-dcat does:
 * organization as publisher, groups as themes, tags as keywords, resources as distributions, and
 * extras (frequency, spatial, temporal, ...) read under their common English and Spanish keys.
 */
final class CkanMapper {
  private static final String[] FREQUENCY = {"frequency", "accrual_periodicity", "accrualPeriodicity",
      "update_frequency", "frecuencia", "periodicidad", "frecuencia_actualizacion"};

  private CkanMapper() {}

  static Dataset map(JsonNode pkg, URI portal) {
    Map<String, String> extras = extras(pkg.get("extras"));
    String name = text(pkg, "name");
    String landing = name == null ? text(pkg, "url") : portal.resolve("dataset/" + name).toString();
    List<Distribution> dists = new ArrayList<>();
    for (JsonNode r : iterable(pkg.get("resources"))) {
      dists.add(resource(r));
    }
    String temporal = first(extras, "temporal", "cobertura_temporal");
    String start = first(extras, "temporal_start");
    if (temporal == null && start != null) {
      temporal = start + "/" + (first(extras, "temporal_end") == null ? "" : first(extras, "temporal_end"));
    }
    return new Dataset(
        firstNonNull(first(extras, "identifier", "guid"), text(pkg, "id", "name")),
        text(pkg, "title", "name"),
        text(pkg, "notes"),
        firstNonNull(text(pkg, "organization/title", "organization/name"),
            first(extras, "publisher_name", "publisher"), text(pkg, "author")),
        contact(pkg, extras),
        texts(pkg.get("tags"), "display_name", "name"),
        texts(pkg.get("groups"), "title", "display_name", "name"),
        text(pkg, "license_id", "license_url", "license_title"),
        firstNonNull(first(extras, "issued"), text(pkg, "metadata_created")),
        firstNonNull(first(extras, "modified"), text(pkg, "metadata_modified")),
        firstNonNull(text(pkg, FREQUENCY), first(extras, FREQUENCY)),
        firstNonNull(text(pkg, "spatial_text"), first(extras, "spatial_text", "spatial", "cobertura_geografica")),
        firstNonNull(text(pkg, "temporal"), temporal),
        firstNonNull(text(pkg, "access_rights"), first(extras, "access_rights", "accessLevel")),
        landing,
        dists,
        pkg.toString());
  }

  private static Distribution resource(JsonNode r) {
    String url = text(r, "url", "access_url");
    String download = text(r, "download_url");
    if (download == null && "upload".equals(text(r, "url_type"))) {
      download = url;
    }
    return new Distribution(
        text(r, "name", "description"),
        url,
        download,
        text(r, "format"),
        text(r, "mimetype", "mimetype_inner"),
        number(r.get("size")),
        text(r, "license", "license_id"),
        text(r, "issued", "created"),
        text(r, "modified", "last_modified", "metadata_modified"),
        text(r, "rights"));
  }

  private static String contact(JsonNode pkg, Map<String, String> extras) {
    String name = text(pkg, "maintainer", "author", "contact_name");
    String email = firstNonNull(text(pkg, "maintainer_email", "author_email", "contact_email"),
        first(extras, "contact_email", "contact_point_email"));
    if (name != null && email != null) {
      return name + " <" + email + ">";
    }
    return firstNonNull(email, name, first(extras, "contact_name", "contact_point_name"));
  }

  private static Map<String, String> extras(JsonNode extras) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode e : iterable(extras)) {
      String k = text(e, "key");
      String v = text(e, "value");
      if (k != null && v != null) {
        out.putIfAbsent(k.toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }

  private static String first(Map<String, String> extras, String... keys) {
    for (String k : keys) {
      String v = extras.get(k.toLowerCase(Locale.ROOT));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static Iterable<JsonNode> iterable(JsonNode array) {
    return array != null && array.isArray() ? array : List.of();
  }
}
