package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.ruleset.RatingBand;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The rule sets of every profile as JSON, read once from the rule files: the methodology page's source. */
final class Methodology {
  private final Map<String, JsonObject> byProfile = new LinkedHashMap<>();

  Methodology(Collection<String> profiles, Optional<Path> rulesDir) {
    for (String p : profiles.stream().sorted().toList()) {
      byProfile.put(p, render(Profiles.definition(p, rulesDir)));
    }
  }

  JsonObject all() {
    JsonArray out = new JsonArray();
    byProfile.values().forEach(r -> out.add(r.copy().put("rules", r.getJsonArray("rules").size())));
    JsonObject dims = new JsonObject();
    for (Dimension d : Dimension.values()) {
      dims.put(d.id(), text(d.label()));
    }
    return new JsonObject().put("ruleSets", out).put("dimensions", dims);
  }

  Optional<JsonObject> profile(String profile) {
    return Optional.ofNullable(byProfile.get(profile));
  }

  private static JsonObject render(RuleSetDefinition def) {
    JsonObject weights = new JsonObject();
    def.dimensionWeights().forEach((d, w) -> weights.put(d.id(), w));
    JsonArray bands = new JsonArray();
    for (RatingBand b : def.rating()) {
      bands.add(new JsonObject().put("id", b.id()).put("min", b.min()).put("label", text(b.label())));
    }
    JsonArray rules = new JsonArray();
    for (RuleEntry e : def.rules()) {
      rules.add(new JsonObject().put("id", e.rule().id()).put("dimension", e.rule().dimension().id())
          .put("weight", e.weight()).put("group", e.group())
          .put("title", text(e.rule().title())).put("rationale", text(e.rule().rationale()))
          .put("advice", text(e.rule().advice())).put("params", new JsonObject(new LinkedHashMap<>(e.params().asMap()))));
    }
    return new JsonObject().put("id", def.info().id()).put("profile", def.info().profile())
        .put("version", def.info().version()).put("hash", def.info().contentHash())
        .put("title", text(def.title())).put("description", text(def.description())).put("source", def.source())
        .put("method", def.method().name().toLowerCase(java.util.Locale.ROOT)).put("dimensionWeights", weights)
        .put("rating", bands).put("fullScale", def.fullScale()).put("rules", rules);
  }

  private static JsonObject text(Text t) {
    return t == null ? null : new JsonObject().put("es", t.es()).put("en", t.en());
  }
}
