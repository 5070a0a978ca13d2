package gt.observatorio.web.laip;

import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.web.Settings;
import gt.observatorio.web.laip.plan.PlanConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds sections {@code laip} and {@code plan} with every module's defaults, the user's file and the
 * environment (until {@link Settings#DEFAULTS} lists their defaults files).
 */
public record LaipSettings(LaipConfig laip, PlanConfig plan) {
  public static LaipSettings load(Optional<Path> file, Map<String, String> env) {
    List<String> defaults = new ArrayList<>(Settings.DEFAULTS);
    for (String r : List.of(LaipConfig.DEFAULTS_RESOURCE, PlanConfig.DEFAULTS_RESOURCE)) {
      if (!defaults.contains(r)) {
        defaults.add(r);
      }
    }
    ConfigLoader loader = ConfigLoader.load(defaults, file, env);
    return new LaipSettings(LaipConfig.from(loader), loader.bind(PlanConfig.SECTION, PlanConfig.class));
  }
}
