package gt.observatorio.web.it;

import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.web.Settings;
import gt.observatorio.web.WebConfig;
import java.util.Map;
import java.util.Optional;

/** Settings for tests: the test database, loopback allowed, no delay, a free port. */
final class TestSettings {
  /** A user rule set for the observatorio profile, version 2.0.0, that weighs licensing far more. */
  static final String LICENSING_HEAVY_RULE_SET = """
      id: observatorio-licencias
      profile: observatorio
      version: "2.0.0"
      extends: observatorio
      scoring:
        method: dimensions
        dimensions: {format: 10, freshness: 10, licensing: 60, metadata: 10, accessibility: 10}
      rules:
        - {id: licensing.open, weight: 3}
      """;

  private TestSettings() {}

  static Settings forDatabase(DbConfig db) {
    return forDatabase(db, Map.of());
  }

  /** As {@link #forDatabase(DbConfig)}, with more configuration keys (key path to value). */
  static Settings forDatabase(DbConfig db, Map<String, String> more) {
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        ConfigLoader.envName("db.url"), db.url(),
        ConfigLoader.envName("db.user"), db.user(),
        ConfigLoader.envName("db.password"), db.password(),
        ConfigLoader.envName("crawler.allowPrivateAddresses"), "true",
        ConfigLoader.envName("crawler.perHostDelayMillis"), "0",
        ConfigLoader.envName("web.port"), "0",
        ConfigLoader.envName("scheduler.enabled"), "false"));
    more.forEach((k, v) -> env.put(ConfigLoader.envName(k), v));
    return Settings.load(Optional.empty(), env);
  }

  static WebConfig web() {
    return new WebConfig("127.0.0.1", 0, "", "*", 0, 64, 5);
  }
}
