package gt.observatorio.web.labels;

import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import gt.observatorio.web.api.ApiRoute;
import gt.observatorio.web.api.Reply;
import gt.observatorio.web.api.RouteModule;
import gt.observatorio.web.registry.RegistryLoader;
import gt.observatorio.web.registry.RegistryNames;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code GET /api/v1/labels}: the label catalog, so that the dashboard names every code it shows in both languages. */
public final class LabelsApi implements RouteModule {
  /** Kept five minutes: the catalog changes only when a rule set or the registry does. */
  static final String CACHE = "public, max-age=300";
  private final Supplier<LabelCatalog> catalog;

  public LabelsApi(Supplier<LabelCatalog> catalog) {
    this.catalog = catalog;
  }

  /** The catalog of the rule sets in use now (the default profile's names first) and the registry's names. */
  public static LabelsApi of(ActiveRuleSets ruleSets, String defaultProfile, RegistryNames registry) {
    return new LabelsApi(() -> {
      List<RuleSetDefinition> defs = new ArrayList<>();
      List<String> profiles = new ArrayList<>(ruleSets.profiles());
      profiles.sort((a, b) -> Boolean.compare(!a.equals(defaultProfile), !b.equals(defaultProfile)));
      for (String p : profiles) {
        ActiveRuleSets.Current c = ruleSets.current(p);
        defs.add(c == null ? ruleSets.shipped(p) : c.definition());
      }
      return LabelCatalog.of(defs, registry);
    });
  }

  /** The catalog of the shipped rule sets and registry (servers that mount a few modules, as tests do). */
  public static LabelsApi shipped() {
    LabelCatalog c = LabelCatalog.of(Profiles.available().stream().map(p -> Profiles.definition(p, Optional.empty()))
        .toList(), RegistryLoader.names(null));
    return new LabelsApi(() -> c);
  }

  @Override
  public List<ApiRoute> routes() {
    return List.of(ApiRoute.get("/api/v1/labels", "getLabels", this::labels));
  }

  private void labels(RoutingContext ctx) {
    Reply.json(ctx, 200, CACHE, catalog.get().json());
  }
}
