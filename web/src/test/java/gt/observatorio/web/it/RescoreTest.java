package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.Rescorer;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.demo.SimulatedClock;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rescore` recomputes the stored history under a changed rule set without crawling again. */
class RescoreTest {
  private static final Instant MONDAY = Instant.parse("2025-03-03T03:00:00Z");

  @Test
  void aChangedRuleSetRescoresEveryStoredWeekAndNamesItsVersion(@TempDir Path rules) throws Exception {
    TestDatabase.reset();
    try (FixturePortal portal = new FixturePortal()) {
      portal.catalog("/", portal.fixture(LocalDate.ofInstant(MONDAY, ZoneOffset.UTC).minusDays(3)));
      portal.server().stubFor(any(urlPathMatching("/dataset/.*")).willReturn(aResponse()
          .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
      SimulatedClock clock = new SimulatedClock(MONDAY);
      Registry registry = new Registry(List.of(new Institution("MSPAS", "Ministerio de Salud", "ministerio", "salud")),
          List.of(new Source("mspas", "MSPAS", URI.create(portal.baseUrl() + "/"), "ckan", null)));
      try (Observatory obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), clock, false)) {
        obs.registration().register(registry);
        obs.crawls().crawlAll(obs.registration().sources());
        clock.advance(Duration.ofDays(7));
        obs.crawls().crawlAll(obs.registration().sources());
      }
      List<Double> before = history(TestSettings.forDatabase(TestDatabase.config()));

      Files.writeString(rules.resolve("observatorio.yaml"), TestSettings.LICENSING_HEAVY_RULE_SET);
      Map<String, String> env = new HashMap<>(envFor(TestDatabase.config().url()));
      env.put(ConfigLoader.envName("rules.userDir"), rules.toString());
      Settings changed = Settings.load(Optional.empty(), env);
      try (Observatory obs = Observatory.start(changed, clock, false)) {
        Scorer observatorio = obs.scoring().scorers().get(0);
        assertThat(observatorio.ruleSet().version()).isEqualTo("2.0.0");
        Rescorer.Summary s = obs.crawls().rescorer(observatorio)
            .rescore(obs.crawls().rescorer(observatorio).runs(), r -> { });
        assertThat(s.runs()).isEqualTo(2);
        assertThat(s.datasets()).isEqualTo(6);
        ApiClient api = new ApiClient(obs.serve(TestSettings.web()).await());
        JsonArray datasets = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets");
        assertThat(datasets).allSatisfy(d -> assertThat(((JsonObject) d).getJsonObject("ruleSet").getString("version"))
            .isEqualTo("2.0.0"));
        Map<Long, Double> rescored = new HashMap<>();
        datasets.forEach(d -> rescored.put(((JsonObject) d).getLong("id"), ((JsonObject) d).getDouble("score")));
        JsonArray listed = api.get("/api/v1/datasets?institution=MSPAS").getJsonArray("datasets");
        assertThat(listed).as("the global list follows the rescore").hasSize(rescored.size())
            .allSatisfy(d -> assertThat(((JsonObject) d).getDouble("score"))
                .isEqualTo(rescored.get(((JsonObject) d).getLong("id"))));
      }
      List<Double> after = history(changed);
      assertThat(after).hasSameSizeAs(before);
      assertThat(after).isNotEqualTo(before);
    }
  }

  private static List<Double> history(Settings settings) {
    try (Observatory obs = Observatory.start(settings, java.time.Clock.systemUTC(), false)) {
      ApiClient api = new ApiClient(obs.serve(TestSettings.web()).await());
      return api.get("/api/v1/institutions/MSPAS/history").getJsonArray("points").stream()
          .map(p -> ((JsonObject) p).getDouble("score")).toList();
    }
  }

  private static Map<String, String> envFor(String url) {
    return Map.of(ConfigLoader.envName("db.url"), url,
        ConfigLoader.envName("db.user"), TestDatabase.config().user(),
        ConfigLoader.envName("scheduler.enabled"), "false",
        ConfigLoader.envName("web.port"), "0");
  }
}
