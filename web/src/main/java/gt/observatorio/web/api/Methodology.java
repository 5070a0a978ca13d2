package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.store.RuleSetRepository;
import gt.observatorio.engine.store.StoredRuleSet;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import gt.observatorio.rules.ruleset.RatingBand;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The rule set each profile scores with now (the shipped file, or a version stored and activated
 * through the admin API) as JSON, with the stored versions: the methodology page's source.
 */
final class Methodology {
  private final Vertx vertx;
  private final Collection<String> profiles;
  private final ActiveRuleSets ruleSets;
  private final RuleSetRepository stored;

  Methodology(Vertx vertx, Collection<String> profiles, ActiveRuleSets ruleSets, RuleSetRepository stored) {
    this.vertx = vertx;
    this.profiles = profiles.stream().sorted().toList();
    this.ruleSets = ruleSets;
    this.stored = stored;
  }

  /**
   * The stored versions, after making this node follow the ones the database says are active (off the
   * event loop: following a change parses and validates YAML, under the rule sets' lock).
   */
  private Future<List<StoredRuleSet>> versions() {
    return stored.list().compose(versions -> vertx.executeBlocking(() -> {
      ruleSets.follow(versions.stream().filter(StoredRuleSet::active).toList());
      return versions;
    }, false));
  }

  Future<JsonObject> all() {
    return versions().map(versions -> {
      JsonArray out = new JsonArray();
      for (String p : profiles) {
        JsonObject r = render(p, versions);
        out.add(r.put("rules", r.getJsonArray("rules").size()));
      }
      JsonObject dims = new JsonObject();
      for (String p : profiles) {
        ruleSets.current(p).definition().dimensions().forEach(d -> {
          if (!dims.containsKey(d.id())) {
            dims.put(d.id(), text(d.label()));
          }
        });
      }
      return new JsonObject().put("ruleSets", out).put("dimensions", dims);
    });
  }

  Future<Optional<JsonObject>> profile(String profile) {
    if (!profiles.contains(profile)) {
      return Future.succeededFuture(Optional.empty());
    }
    return versions().map(versions -> Optional.of(render(profile, versions)));
  }

  private JsonObject render(String profile, List<StoredRuleSet> versions) {
    ActiveRuleSets.Current now = ruleSets.current(profile);
    RuleSetDefinition shipped = ruleSets.shipped(profile);
    JsonArray stored = new JsonArray();
    versions.stream().filter(v -> v.profile().equals(profile)).forEach(v -> stored.add(version(v)));
    return render(now.definition()).put("origin", now.stored() == null ? "shipped" : "stored")
        .put("storedId", now.stored() == null ? null : now.stored().id())
        .put("shipped", summary(shipped)).put("versions", stored);
  }

  /** A rule set's id, version and content hash. */
  static JsonObject summary(RuleSetDefinition def) {
    return new JsonObject().put("id", def.info().id()).put("version", def.info().version())
        .put("hash", def.info().contentHash());
  }

  /** A stored version's summary (its YAML left out). */
  static JsonObject version(StoredRuleSet v) {
    return new JsonObject().put("id", v.id()).put("profile", v.profile()).put("ruleSetId", v.ruleSetId())
        .put("version", v.version()).put("hash", v.contentHash()).put("active", v.active())
        .put("createdAt", String.valueOf(v.createdAt()))
        .put("activatedAt", v.activatedAt() == null ? null : v.activatedAt().toString());
  }

  private static JsonObject render(RuleSetDefinition def) {
    JsonObject weights = new JsonObject();
    def.dimensionWeights().forEach(weights::put);
    JsonArray bands = new JsonArray();
    for (RatingBand b : def.rating()) {
      bands.add(new JsonObject().put("id", b.id()).put("min", b.min()).put("label", text(b.label())));
    }
    JsonArray rules = new JsonArray();
    for (RuleEntry e : def.rules()) {
      rules.add(new JsonObject().put("id", e.rule().id()).put("dimension", e.dimension())
          .put("weight", e.weight()).put("group", e.group())
          .put("title", text(e.rule().title())).put("rationale", text(e.rule().rationale()))
          .put("advice", text(e.rule().advice())).put("params", new JsonObject(new LinkedHashMap<>(e.params().asMap()))));
    }
    return new JsonObject().put("id", def.info().id()).put("profile", def.info().profile())
        .put("version", def.info().version()).put("hash", def.info().contentHash())
        .put("title", text(def.title())).put("description", text(def.description())).put("source", def.source())
        .put("method", def.method().name().toLowerCase(java.util.Locale.ROOT)).put("dimensionWeights", weights)
        .put("dimensions", ApiViews.dimensionInfo(def.dimensions()))
        .put("rating", bands).put("fullScale", def.fullScale()).put("rules", rules);
  }

  private static JsonObject text(Text t) {
    return t == null ? null : new JsonObject().put("es", t.es()).put("en", t.en());
  }
}
