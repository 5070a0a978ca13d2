package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.JsonFields.number;
import static gt.observatorio.crawler.harvest.JsonFields.text;
import static gt.observatorio.crawler.harvest.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a data.json dataset to the DCAT-shaped model: DCAT-US (Project Open Data v1.1) and the
 * Latin-American profiles built on it (DCAT-AR and the like): publisher as object or text,
 * contactPoint {fn, hasEmail}, themes resolved through the catalog's themeTaxonomy.
 */
final class DataJsonMapper {
  private DataJsonMapper() {}

  static Dataset map(JsonNode ds, String catalogPublisher, Map<String, String> themeLabels) {
    List<Distribution> dists = new ArrayList<>();
    for (JsonNode d : CkanMapper.iterable(ds.get("distribution"))) {
      dists.add(new Distribution(
          text(d, "title", "fileName", "description"),
          text(d, "accessURL"),
          text(d, "downloadURL"),
          text(d, "format"),
          text(d, "mediaType"),
          number(d.get("byteSize")),
          text(d, "license"),
          text(d, "issued"),
          text(d, "modified"),
          rights(d, ds)));
    }
    List<String> themes = new ArrayList<>();
    for (String t : texts(ds.get("theme"), "label", "id")) {
      themes.add(themeLabels.getOrDefault(t, t));
    }
    return new Dataset(
        text(ds, "identifier"),
        text(ds, "title"),
        text(ds, "description"),
        publisher(ds.get("publisher"), catalogPublisher),
        contact(ds.get("contactPoint")),
        texts(ds.get("keyword")),
        themes,
        text(ds, "license"),
        text(ds, "issued"),
        text(ds, "modified"),
        text(ds, "accrualPeriodicity"),
        flat(ds.get("spatial")),
        text(ds, "temporal"),
        text(ds, "accessLevel", "accessRights", "rights"),
        text(ds, "landingPage"),
        dists,
        ds.toString());
  }

  /**
   * The rights statement of a distribution: its own {@code rights} where a profile gives one,
   * else the dataset's {@code rights} (DCAT-US 1.1 defines {@code rights} on the dataset only, as
   * dct:rights; it applies to every distribution of the dataset).
   */
  static String rights(JsonNode dist, JsonNode ds) {
    String own = text(dist, "rights");
    return own != null ? own : text(ds, "rights");
  }

  static String publisher(JsonNode p, String fallback) {
    if (p == null || p.isNull()) {
      return fallback;
    }
    String t = p.isObject() ? text(p, "name", "title", "fn") : JsonFields.scalar(p);
    return t == null ? fallback : t;
  }

  private static String contact(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    if (!c.isObject()) {
      return JsonFields.scalar(c);
    }
    String name = text(c, "fn", "name");
    String email = text(c, "hasEmail", "email", "mbox");
    if (email != null && email.startsWith("mailto:")) {
      email = email.substring(7);
    }
    return name != null && email != null ? name + " <" + email + ">" : name != null ? name : email;
  }

  private static String flat(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = texts(v, "name", "label", "id");
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    return v.isObject() ? v.toString() : JsonFields.scalar(v);
  }
}
