package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of catalog JSON: missing, null and blank values are null. */
public final class JsonFields {
  private JsonFields() {}

  /** The first non-blank text among the fields (a nested path is written {@code a/b}). */
  public static String text(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node;
      for (String part : f.split("/")) {
        v = v == null ? null : v.get(part);
      }
      String t = scalar(v);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A scalar as text; null for missing, null, blank or structured values. */
  public static String scalar(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode() || v.isContainerNode()) {
      return null;
    }
    String t = v.asText().trim();
    return t.isEmpty() ? null : t;
  }

  /** Texts of an array (or a comma-separated string); of objects, the first named field found. */
  public static List<String> texts(JsonNode v, String... objectFields) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull() || v.isMissingNode()) {
      return out;
    }
    if (v.isTextual()) {
      for (String s : v.asText().split(",")) {
        if (!s.isBlank()) {
          out.add(s.trim());
        }
      }
      return out;
    }
    if (v.isArray()) {
      for (JsonNode item : v) {
        String t = item.isObject() ? text(item, objectFields) : scalar(item);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** A non-negative number, from a number or a numeric string; null otherwise. */
  public static Long number(JsonNode v) {
    String t = scalar(v);
    if (t == null) {
      return null;
    }
    try {
      long n = new java.math.BigDecimal(t).longValue();
      return n < 0 ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
