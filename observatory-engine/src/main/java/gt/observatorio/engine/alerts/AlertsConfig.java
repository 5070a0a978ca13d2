package gt.observatorio.engine.alerts;

import gt.observatorio.engine.config.ConfigLoader;

/**
 * Section {@code alerts} of {@code engine-defaults.yaml}: the thresholds of {@link EventDetector}.
 *
 * @param scoreThreshold points an overall or dimension score must move by (strictly more) to be an event
 * @param catalogDropRatio share of a catalog's datasets lost at once that makes a sharp catalog drop
 */
public record AlertsConfig(double scoreThreshold, double catalogDropRatio) {
  public static final String SECTION = "alerts";

  public static AlertsConfig from(ConfigLoader loader) {
    return loader.bind(SECTION, AlertsConfig.class);
  }

  public EventDetector detector() {
    return new EventDetector(scoreThreshold, catalogDropRatio);
  }
}
