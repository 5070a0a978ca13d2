package gt.observatorio.web;

import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.engine.store.RetentionConfig;
import gt.observatorio.rules.RulesConfig;
import gt.observatorio.web.digest.MailConfig;
import gt.observatorio.web.plan.PlanConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole configuration, bound once: each module's documented defaults, overlaid by the user's
 * file, overlaid by {@code OBSERVATORY_*} environment variables.
 */
public record Settings(
    DbConfig db, SchedulerConfig scheduler, PipelineConfig pipeline, RetentionConfig retention, CrawlerConfig crawler, RulesConfig rules, WebConfig web,
    LaipConfig laip, PlanConfig plan, MailConfig mail,
    ConfigLoader loader) {

  /** One documented defaults file per module. */
  public static final List<String> DEFAULTS = List.of(
      "engine-defaults.yaml", CrawlerConfig.DEFAULTS_RESOURCE, LaipConfig.DEFAULTS_RESOURCE, RulesConfig.DEFAULTS_RESOURCE,
      "web-defaults.yaml", PlanConfig.DEFAULTS_RESOURCE);

  public static Settings load(Optional<Path> file, Map<String, String> env) {
    ConfigLoader loader = ConfigLoader.load(DEFAULTS, file, env);
    return new Settings(
        loader.bind("db", DbConfig.class),
        loader.bind("scheduler", SchedulerConfig.class),
        loader.bind("pipeline", PipelineConfig.class),
        loader.bind("retention", RetentionConfig.class),
        loader.bind(CrawlerConfig.SECTION, CrawlerConfig.class),
        loader.bind(RulesConfig.SECTION, RulesConfig.class),
        loader.bind("web", WebConfig.class),
        LaipConfig.from(loader),
        loader.bind(PlanConfig.SECTION, PlanConfig.class),
        loader.bind(MailConfig.SECTION, MailConfig.class).validated(loader.originOf(MailConfig.SECTION + ".enabled")),
        loader);
  }

  /**
   * The demo's settings: a throw-away embedded database, loopback portals allowed, a short delay
   * between requests (the portals are our own), and the port asked for.
   */
  public static Settings forDemo(Optional<Path> file, Map<String, String> env, Path dataDir, int port) {
    Map<String, String> overrides = new HashMap<>(env);
    overrides.put(ConfigLoader.envName("db.url"), "");
    overrides.put(ConfigLoader.envName("db.embeddedDir"), dataDir.toString());
    overrides.put(ConfigLoader.envName("db.embeddedPort"), "0");
    overrides.put(ConfigLoader.envName("web.port"), Integer.toString(port));
    overrides.put(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true");
    overrides.put(ConfigLoader.envName("crawler.perHostDelayMillis"), "10");
    overrides.put(ConfigLoader.envName("scheduler.enabled"), "false");
    return load(file, overrides);
  }
}
