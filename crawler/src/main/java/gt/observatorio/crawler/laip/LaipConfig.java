package gt.observatorio.crawler.laip;

import gt.observatorio.engine.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the Article 10 checks, section {@code laip} of {@code laip-defaults.yaml}. */
public record LaipConfig(int maxPages, int maxDepth, int maxProbesPerNumeral, int monthlyMaxAgeMonths,
    int yearlyMaxAgeYears) {
  public static final String DEFAULTS_RESOURCE = "laip-defaults.yaml";
  public static final String SECTION = "laip";

  public LaipConfig {
    if (maxPages < 1 || maxDepth < 0 || maxProbesPerNumeral < 1 || monthlyMaxAgeMonths < 0 || yearlyMaxAgeYears < 0) {
      throw new IllegalArgumentException("laip: maxPages and maxProbesPerNumeral must be positive, the rest not negative");
    }
  }

  public static LaipConfig from(ConfigLoader loader) {
    return loader.bind(SECTION, LaipConfig.class);
  }

  public static LaipConfig defaults() {
    return from(ConfigLoader.load(List.of(DEFAULTS_RESOURCE), Optional.empty(), Map.of()));
  }
}
