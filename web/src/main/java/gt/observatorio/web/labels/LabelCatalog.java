package gt.observatorio.web.labels;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gt.observatorio.engine.alerts.EventKind;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AnswerState;
import gt.observatorio.engine.maturity.CriterionKind;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.web.registry.RegistryNames;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one catalog of labels: for each kind of code a person may see (probe outcome, severity, Article 10 status,
 * plan status, sector, rating band...), the code's name in Spanish and English. Its sources: {@code labels/labels.yaml}
 * (codes without a label elsewhere), the labels the code's own enums carry, the rule sets' names of their profiles,
 * dimensions and rating bands, and the registry's names of its types and sectors.
 */
public final class LabelCatalog {
  static final String FILE = "labels/labels.yaml";
  private static final Map<String, Map<String, Text>> SHIPPED = readShipped();
  private final Map<String, Map<String, Text>> kinds;

  private LabelCatalog(Map<String, Map<String, Text>> kinds) {
    this.kinds = Collections.unmodifiableMap(kinds);
  }

  /** The catalog of the rule sets in use ({@code ruleSets}, default profile first) and the registry's names. */
  public static LabelCatalog of(List<RuleSetDefinition> ruleSets, RegistryNames registry) {
    Map<String, Map<String, Text>> k = new TreeMap<>();
    SHIPPED.forEach((kind, codes) -> k.put(kind, new TreeMap<>(codes)));
    for (LaipStatus s : LaipStatus.values()) {
      put(k, "laipStatus", s.id(), s.label());
    }
    for (CriterionStatus s : CriterionStatus.values()) {
      put(k, "criterionStatus", s.id(), s.label());
    }
    for (CriterionKind s : CriterionKind.values()) {
      put(k, "criterionKind", s.id(), s.label());
    }
    for (AnswerState s : AnswerState.values()) {
      put(k, "answerState", s.id(), s.label());
    }
    for (EventKind e : EventKind.values()) {
      put(k, "eventKind", e.name(), e.label());
    }
    for (RuleSetDefinition r : ruleSets) {
      put(k, "profile", r.info().profile(), r.title());
      r.dimensions().forEach(d -> put(k, "dimension", d.id(), d.label()));
      r.rating().forEach(b -> put(k, "rating", b.id(), b.label()));
    }
    registry.types().forEach((code, name) -> put(k, "institutionType", code, name));
    registry.sectors().forEach((code, name) -> put(k, "sector", code, name));
    return new LabelCatalog(k);
  }

  /** The first label given for a code wins (the default profile's, then the others'). */
  private static void put(Map<String, Map<String, Text>> k, String kind, String code, Text label) {
    k.computeIfAbsent(kind, x -> new TreeMap<>()).putIfAbsent(code, label);
  }

  /** The kinds, each with its codes and their labels. */
  public Map<String, Map<String, Text>> kinds() {
    return kinds;
  }

  /** The label of {@code code} of {@code kind}, or null when the catalog has none. */
  public Text label(String kind, String code) {
    Map<String, Text> codes = kinds.get(kind);
    return codes == null ? null : codes.get(code);
  }

  /** {@code {"kinds": {kind: {code: {"es": …, "en": …}}}}}. */
  public JsonObject json() {
    JsonObject out = new JsonObject();
    kinds.forEach((kind, codes) -> {
      JsonObject c = new JsonObject();
      codes.forEach((code, t) -> c.put(code, new JsonObject().put("es", t.es()).put("en", t.en())));
      out.put(kind, c);
    });
    return new JsonObject().put("kinds", out);
  }

  private static Map<String, Map<String, Text>> readShipped() {
    try (InputStream in = LabelCatalog.class.getClassLoader().getResourceAsStream(FILE)) {
      Map<String, Map<String, Map<String, String>>> raw = new ObjectMapper(new YAMLFactory())
          .readValue(in, new TypeReference<>() {});
      Map<String, Map<String, Text>> out = new LinkedHashMap<>();
      raw.forEach((kind, codes) -> {
        Map<String, Text> m = new LinkedHashMap<>();
        codes.forEach((code, t) -> m.put(code, Text.of(t.get("es"), t.get("en"))));
        out.put(kind, m);
      });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
