package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule sets through the admin API: stored versions validated as files are, activated for their
 * profile at run time (next crawl, methodology), kept across restarts, deactivated back to the file.
 */
class RuleSetAdminTest {
  private static final String V2 = TestSettings.LICENSING_HEAVY_RULE_SET;
  private static Observatory obs;
  private static AdminCalls api;
  private static ApiClient read;
  private static String admin;
  private static String editor;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    int port = obs.serve(TestSettings.web()).await();
    api = new AdminCalls(port);
    read = new ApiClient(port);
    TokenRepository tokens = obs.stores().tokens();
    admin = tokens.create("admin", "rules admin").await();
    editor = tokens.create("editor", "rules editor").await();
  }

  @AfterAll
  static void stop() {
    obs.close();
  }

  @Test
  void anInvalidRuleSetIs422NamingFileLineRuleAndReason() {
    HttpResponse<String> r = api.yaml("/api/admin/v1/rulesets", admin, """
        id: roto
        profile: observatorio
        version: "9.9.9"
        scoring: {method: dimensions}
        rules:
          - {id: format.open, weight: 3}
          - {id: no.such.rule, weight: 1}
        """);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
    JsonObject problem = new JsonObject(r.body());
    assertThat(problem.getString("detail_es")).isNotBlank();
    JsonObject p = problem.getJsonArray("problems").getJsonObject(0);
    assertThat(p.getString("file")).isEqualTo("request");
    assertThat(p.getInteger("line")).isEqualTo(7);
    assertThat(p.getString("rule")).isEqualTo("no.such.rule");
    assertThat(p.getString("reason")).isNotBlank();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "id: x|profile: nadie|422",
    "id: observatorio-x|profile: observatorio|409"})
  void aRuleSetOfAnUnknownProfileOrReusingTheShippedVersionIsRefused(String id, String profile, int status) {
    HttpResponse<String> r = api.yaml("/api/admin/v1/rulesets", admin, id + "\n" + profile
        + "\nversion: \"1.0.0\"\nextends: observatorio\nrules:\n  - {id: licensing.open, weight: 9}\n");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
  }

  @Test
  void onlyAdminsManageRuleSetsAndOnlyInYaml() {
    assertThat(api.yaml("/api/admin/v1/rulesets", editor, V2).statusCode()).isEqualTo(403);
    assertThat(api.call("GET", "/api/admin/v1/rulesets", editor, null, null).statusCode()).isEqualTo(403);
    assertThat(api.call("POST", "/api/admin/v1/rulesets", admin, "application/json", "{}").statusCode()).isEqualTo(415);
    assertThat(api.call("POST", "/api/admin/v1/rulesets/abc/activate", admin, null, null).statusCode()).isEqualTo(400);
    assertThat(api.call("POST", "/api/admin/v1/rulesets/999999/activate", admin, null, null).statusCode()).isEqualTo(404);
    assertThat(api.call("DELETE", "/api/admin/v1/rulesets/active/nadie", admin, null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void anActivatedVersionScoresTheNextCrawlSurvivesRestartsAndDeactivationFallsBackToTheFile() throws Exception {
    HttpResponse<String> stored = api.yaml("/api/admin/v1/rulesets", admin, V2);
    assertThat(stored.statusCode()).as(stored.body()).isIn(200, 201);
    JsonObject v = new JsonObject(stored.body());
    assertThat(v.getBoolean("active")).isFalse();
    String shippedHash = read.get("/api/v1/methodology/observatorio").getJsonObject("shipped").getString("hash");
    assertThat(v.getString("hash")).isNotEqualTo(shippedHash);
    assertThat(api.yaml("/api/admin/v1/rulesets", admin, V2).statusCode()).as("same content again").isEqualTo(200);
    assertThat(api.yaml("/api/admin/v1/rulesets", admin, V2.replace("weight: 3", "weight: 5")).statusCode())
        .as("same version, other content").isEqualTo(409);

    Observatory otherNode = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    ApiClient other = new ApiClient(otherNode.serve(TestSettings.web()).await());
    assertThat(other.get("/api/v1/methodology/observatorio").getString("origin")).isEqualTo("shipped");
    HttpResponse<String> on = api.call("POST", "/api/admin/v1/rulesets/" + v.getLong("id") + "/activate", admin, null, null);
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    try (otherNode) {
      assertThat(other.get("/api/v1/methodology/observatorio").getString("version")).as("another node follows")
          .isEqualTo("2.0.0");
    }
    JsonObject m = read.get("/api/v1/methodology/observatorio");
    assertThat(m.getString("origin")).isEqualTo("stored");
    assertThat(m.getString("version")).isEqualTo("2.0.0");
    assertThat(m.getJsonObject("dimensionWeights").getDouble("licensing")).isEqualTo(60.0);
    assertThat(m.getJsonArray("versions").stream().map(JsonObject.class::cast)
        .filter(x -> x.getBoolean("active")).map(x -> x.getLong("id")).toList()).containsExactly(v.getLong("id"));
    assertThat(read.get("/api/v1/methodology").getJsonArray("ruleSets").stream().map(JsonObject.class::cast)
        .filter(x -> "observatorio".equals(x.getString("profile"))).findFirst().orElseThrow().getString("version"))
        .isEqualTo("2.0.0");
    assertThat(obs.scoring().scorers().get(0).ruleSet().contentHash()).isEqualTo(v.getString("hash"));

    assertThat(crawledVersions()).containsOnly("2.0.0");

    try (Observatory restarted = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false)) {
      assertThat(restarted.scoring().scorers().get(0).ruleSet().version()).isEqualTo("2.0.0");
    }

    HttpResponse<String> off = api.call("DELETE", "/api/admin/v1/rulesets/active/observatorio", admin, null, null);
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(read.get("/api/v1/methodology/observatorio").getString("origin")).isEqualTo("shipped");
    assertThat(obs.scoring().scorers().get(0).ruleSet().contentHash()).isEqualTo(shippedHash);
    try (Observatory restarted = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false)) {
      assertThat(restarted.scoring().scorers().get(0).ruleSet().contentHash()).isEqualTo(shippedHash);
    }
    assertThat(api.audit(admin, "ruleset.store")).isNotEmpty();
    assertThat(api.audit(admin, "ruleset.activate").getJsonObject(0).getString("target")).isEqualTo("ruleset/" + v.getLong("id"));
    assertThat(api.audit(admin, "ruleset.deactivate")).isNotEmpty();
    JsonArray profiles = new JsonObject(api.call("GET", "/api/admin/v1/rulesets", admin, null, null).body())
        .getJsonArray("profiles");
    assertThat(profiles.stream().map(JsonObject.class::cast).map(p -> p.getString("profile"))).contains("observatorio");
  }

  /** Crawls a small CKAN portal and returns the rule-set versions its datasets were scored with. */
  private static List<String> crawledVersions() throws Exception {
    try (FixturePortal portal = new FixturePortal()) {
      portal.crawlAsMspas(obs);
      JsonArray datasets = read.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets");
      assertThat(datasets).isNotEmpty();
      return datasets.stream().map(d -> ((JsonObject) d).getJsonObject("ruleSet").getString("version")).toList();
    }
  }
}
