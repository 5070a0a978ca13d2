package gt.observatorio.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.domain.PlanManualStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Overlays a user plan file on the shipped plan: commitments, activities and checks are matched by id and
 * the fields the user file gives replace the shipped ones (a check with a new id is added). An activity's
 * {@code status} (one of {@link PlanManualStatus#STATUSES}) and {@code evidenceUrls} declare its state. Every error
 * names the file, the key (e.g. {@code plan.commitments[0].activities[1].end}) and the reason.
 */
final class PlanOverlay {
  private static final Set<String> COMMITMENT_KEYS = Set.of("id", "title", "manager", "supporting", "start", "end",
      "extendedEnd", "activities");
  private static final Set<String> ACTIVITY_KEYS = Set.of("id", "title", "responsible", "supporting", "start", "end",
      "extendedEnd", "expectedResult", "checks", "status", "evidenceUrls");
  private static final Set<String> LISTS = Set.of("responsible", "supporting", "evidenceUrls");
  private static final Set<String> CHECK_KEYS = Set.of("id", "kind", "url", "site", "label", "maxAgeMonths");
  private static final Set<String> MONTHS = Set.of("start", "end", "extendedEnd");

  private final String file;

  PlanOverlay(String file) {
    this.file = file;
  }

  /** The shipped tree with the user's values applied (the shipped tree is changed in place). */
  JsonNode apply(JsonNode shipped, JsonNode user) {
    if (user == null || user.isMissingNode() || user.isNull()) {
      return shipped;
    }
    JsonNode commitments = user.path("plan").path("commitments");
    if (!user.path("plan").isObject() || !commitments.isArray()) {
      throw new ConfigException(file, "plan.commitments", "must list the commitments to change (by id)");
    }
    for (int i = 0; i < commitments.size(); i++) {
      String key = "plan.commitments[" + i + "]";
      JsonNode uc = commitments.get(i);
      ObjectNode sc = byId(shipped.path("plan").path("commitments"), uc, key, "commitment");
      for (Iterator<Map.Entry<String, JsonNode>> it = uc.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        allowed(COMMITMENT_KEYS, f.getKey(), key);
        if (MONTHS.contains(f.getKey())) {
          day(f.getValue(), key + "." + f.getKey());
        }
        if (LISTS.contains(f.getKey())) {
          texts(f.getValue(), key + "." + f.getKey());
        }
        if (f.getKey().equals("activities")) {
          activities(sc.path("activities"), f.getValue(), key + ".activities");
        } else {
          sc.set(f.getKey(), f.getValue());
        }
      }
    }
    return shipped;
  }

  private void activities(JsonNode shipped, JsonNode user, String key) {
    for (int i = 0; i < user.size(); i++) {
      String k = key + "[" + i + "]";
      JsonNode ua = user.get(i);
      ObjectNode sa = byId(shipped, ua, k, "activity");
      for (Iterator<Map.Entry<String, JsonNode>> it = ua.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        allowed(ACTIVITY_KEYS, f.getKey(), k);
        if (MONTHS.contains(f.getKey())) {
          month(f.getValue(), k + "." + f.getKey());
        }
        if (LISTS.contains(f.getKey())) {
          texts(f.getValue(), k + "." + f.getKey());
        }
        if (f.getKey().equals("evidenceUrls")) {
          for (int j = 0; j < f.getValue().size(); j++) {
            url(f.getValue().get(j).asText(), k + ".evidenceUrls[" + j + "]");
          }
        }
        if (f.getKey().equals("status") && !PlanManualStatus.STATUSES.contains(f.getValue().asText(""))) {
          throw new ConfigException(file, k + ".status", "must be one of "
              + new java.util.TreeSet<>(PlanManualStatus.STATUSES) + ": " + f.getValue().asText(""));
        }
        if (f.getKey().equals("checks")) {
          checks(sa, f.getValue(), k + ".checks");
        } else {
          sa.set(f.getKey(), f.getValue());
        }
      }
    }
  }

  private void checks(ObjectNode activity, JsonNode user, String key) {
    if (!activity.path("checks").isArray()) {
      activity.putArray("checks");
    }
    ArrayNode shipped = (ArrayNode) activity.get("checks");
    for (int i = 0; i < user.size(); i++) {
      String k = key + "[" + i + "]";
      JsonNode uk = user.get(i);
      String id = uk.path("id").asText("");
      if (id.isBlank()) {
        throw new ConfigException(file, k + ".id", "is required");
      }
      ObjectNode target = null;
      for (JsonNode s : shipped) {
        if (id.equals(s.path("id").asText())) {
          target = (ObjectNode) s;
        }
      }
      if (target == null) {
        target = shipped.addObject();
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = uk.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        allowed(CHECK_KEYS, f.getKey(), k);
        if (f.getKey().equals("url") && !f.getValue().asText("").isBlank()) {
          url(f.getValue().asText(), k + ".url");
        }
        target.set(f.getKey(), f.getValue());
      }
    }
  }

  private ObjectNode byId(JsonNode list, JsonNode entry, String key, String what) {
    String id = entry.path("id").asText("");
    if (id.isBlank()) {
      throw new ConfigException(file, key + ".id", "is required: the id of the " + what + " to change");
    }
    for (JsonNode n : list) {
      if (id.equals(n.path("id").asText())) {
        return (ObjectNode) n;
      }
    }
    throw new ConfigException(file, key + ".id", "no " + what + " '" + id + "' in the shipped plan");
  }

  private void allowed(Set<String> keys, String field, String key) {
    if (!keys.contains(field)) {
      throw new ConfigException(file, key + "." + field, "unknown key; expected one of " + new java.util.TreeSet<>(keys));
    }
  }

  private void month(JsonNode v, String key) {
    try {
      YearMonth.parse(v.asText(""));
    } catch (DateTimeParseException e) {
      throw new ConfigException(file, key, "must be a month written YYYY-MM: " + v.asText(""), e);
    }
  }

  private void day(JsonNode v, String key) {
    try {
      LocalDate.parse(v.asText(""));
    } catch (DateTimeParseException e) {
      throw new ConfigException(file, key, "must be a date written YYYY-MM-DD: " + v.asText(""), e);
    }
  }

  private void texts(JsonNode v, String key) {
    if (!v.isArray()) {
      throw new ConfigException(file, key, "must be a list, e.g. [MINTRAB]");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
        throw new ConfigException(file, key + "[" + i + "]", "must be a non-blank text");
      }
    }
  }

  private void url(String text, String key) {
    try {
      URI u = new URI(text.trim());
      if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
        throw new ConfigException(file, key, "must be an absolute http(s) URL: " + text);
      }
    } catch (URISyntaxException e) {
      throw new ConfigException(file, key, "not a valid URL: " + e.getMessage(), e);
    }
  }
}
