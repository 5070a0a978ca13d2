package gt.observatorio.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.domain.PlanManualStatus;
import gt.observatorio.engine.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code plan/plan-accion-6.yaml}; fails naming the activity when a field is wrong. */
public final class ActionPlanLoader {
  public static final String RESOURCE = "plan/plan-accion-6.yaml";
  private static final Set<String> KINDS = Set.of("document-current", "open-data", "oc4ids");

  private ActionPlanLoader() {}

  public static ActionPlan load() {
    return parse(shippedTree());
  }

  /**
   * The shipped plan overlaid with the user plan file {@code userFile} (evidence URLs, responsibles, dates,
   * titles, matched by id); the shipped plan alone when it is blank. Fails naming the file, the key and the reason.
   */
  public static ActionPlan load(String userFile) {
    if (userFile == null || userFile.isBlank()) {
      return load();
    }
    Path path = Path.of(userFile);
    JsonNode user;
    try {
      user = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ConfigException(userFile, null, "cannot be read as YAML: " + e.getMessage(), e);
    }
    JsonNode merged = new PlanOverlay(userFile).apply(shippedTree(), user);
    try {
      return parse(merged);
    } catch (IllegalStateException e) {
      throw new ConfigException(userFile, "plan", e.getMessage(), e);
    }
  }

  private static JsonNode shippedTree() {
    try (InputStream in = ActionPlanLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ActionPlan parse(JsonNode root) {
    JsonNode plan = root.path("plan");
    Set<String> ids = new HashSet<>();
    List<ActionPlan.Commitment> cs = new ArrayList<>();
    for (JsonNode c : plan.path("commitments")) {
      List<ActionPlan.Activity> as = new ArrayList<>();
      for (JsonNode a : c.path("activities")) {
        String id = required(a, "id", "activity");
        if (!ids.add(id)) {
          throw new IllegalStateException("duplicate activity id " + id);
        }
        List<ActionPlan.EvidenceCheck> checks = new ArrayList<>();
        for (JsonNode k : a.path("checks")) {
          String kind = required(k, "kind", id);
          if (!KINDS.contains(kind)) {
            throw new IllegalStateException(id + ": unknown check kind " + kind + "; expected " + KINDS);
          }
          checks.add(new ActionPlan.EvidenceCheck(required(k, "id", id), kind, k.path("url").asText(""),
              k.path("site").asText(""), text(k.path("label")), k.path("maxAgeMonths").asInt(2)));
        }
        String status = a.path("status").asText("");
        if (!status.isEmpty() && !PlanManualStatus.STATUSES.contains(status)) {
          throw new IllegalStateException(id + ": status must be one of " + PlanManualStatus.STATUSES + ", got "
              + status);
        }
        as.add(new ActionPlan.Activity(id, text(a.path("title")), codes(a, "responsible", id),
            codes(a, "supporting", id), month(a, "start", id), month(a, "end", id), month(a, "extendedEnd", id),
            text(a.path("expectedResult")), checks, status.isEmpty() ? null : status, codes(a, "evidenceUrls", id)));
      }
      String cid = required(c, "id", "commitment");
      cs.add(new ActionPlan.Commitment(cid, c.path("number").asInt(), text(c.path("title")),
          c.path("manager").asText(""), codes(c, "supporting", cid), day(c, "start", cid), day(c, "end", cid),
          day(c, "extendedEnd", cid), as));
    }
    if (cs.isEmpty()) {
      throw new IllegalStateException("the plan has no commitments");
    }
    return new ActionPlan(plan.path("id").asText(), text(plan.path("title")), cs);
  }

  private static String required(JsonNode n, String field, String where) {
    String v = n.path(field).asText("");
    if (v.isBlank()) {
      throw new IllegalStateException(where + ": missing " + field);
    }
    return v;
  }

  private static YearMonth month(JsonNode n, String field, String where) {
    return date(n, field, where, "YYYY-MM", YearMonth::parse);
  }

  private static LocalDate day(JsonNode n, String field, String where) {
    return date(n, field, where, "YYYY-MM-DD", LocalDate::parse);
  }

  private static <T> T date(JsonNode n, String field, String where, String form,
      java.util.function.Function<String, T> parse) {
    String v = n.path(field).asText("");
    try {
      return v.isBlank() ? null : parse.apply(v);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException(where + ": " + field + " must be " + form + ", got " + v, e);
    }
  }

  /** A list of non-blank strings (codes or URLs); empty when absent. */
  private static List<String> codes(JsonNode n, String field, String where) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalStateException(where + ": " + field + " must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isBlank()) {
        throw new IllegalStateException(where + ": " + field + " must list non-blank texts");
      }
      out.add(e.asText().trim());
    }
    return out;
  }

  private static Text text(JsonNode n) {
    return Text.of(n.path("es").asText(""), n.path("en").asText(""));
  }
}
