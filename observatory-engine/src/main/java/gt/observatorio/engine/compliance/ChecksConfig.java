package gt.observatorio.engine.compliance;

import gt.observatorio.engine.config.ConfigLoader;

/**
 * When the periodic Article 10 and action plan checks run: section {@code checks} of
 * {@code web-defaults.yaml}. Quartz cron expressions in {@code scheduler.timeZone}; blank: not scheduled.
 *
 * @param art10Cron the Article 10 checks of every {@code laip} source (the month's last check is its result)
 * @param planEvidenceCron the action plan's automatic evidence checks (stored per month)
 * @param maturityCron the institutions' maturity for the current quarter (after the checks it reads)
 */
public record ChecksConfig(String art10Cron, String planEvidenceCron, String maturityCron) {
  public static final String SECTION = "checks";

  public static ChecksConfig from(ConfigLoader loader) {
    return loader.bind(SECTION, ChecksConfig.class);
  }
}
