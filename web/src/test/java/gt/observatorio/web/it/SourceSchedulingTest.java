package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sources created, changed, disabled or deleted through the admin API are (un)scheduled at once, without restart. */
class SourceSchedulingTest {
  private static final String CRON_A = "0 0 4 1 1 ? 2099";
  private static final String CRON_B = "0 0 5 1 1 ? 2099";
  private static Observatory obs;
  private static AdminCalls api;
  private static ApiClient read;
  private static String editor;
  private static String admin;
  private static FixturePortal portal;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    Map<String, String> env = new HashMap<>();
    env.put(ConfigLoader.envName("db.url"), TestDatabase.config().url());
    env.put(ConfigLoader.envName("db.user"), TestDatabase.config().user());
    env.put(ConfigLoader.envName("db.password"), TestDatabase.config().password());
    env.put(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true");
    env.put(ConfigLoader.envName("crawler.perHostDelayMillis"), "0");
    env.put(ConfigLoader.envName("scheduler.enabled"), "true");
    obs = Observatory.start(Settings.load(Optional.empty(), env), Clock.systemUTC(), false);
    obs.scheduling().scheduleRegistered();
    int port = obs.serve(TestSettings.web()).await();
    api = new AdminCalls(port);
    read = new ApiClient(port);
    TokenRepository tokens = obs.stores().tokens();
    editor = tokens.create("editor", "fuentes").await();
    admin = tokens.create("admin", "fuentes admin").await();
    portal = new FixturePortal();
    portal.catalog("/", portal.fixture(LocalDate.now()));
    portal.server().stubFor(any(urlPathMatching("/dataset/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    api.json("PUT", "/api/admin/v1/institutions/PROG", editor, new JsonObject().put("name", "Programada"));
  }

  @AfterAll
  static void stop() {
    obs.close();
    portal.close();
  }

  private static HttpResponse<String> put(String id, String cron, Boolean enabled) {
    JsonObject b = new JsonObject().put("institution", "PROG").put("url", portal.baseUrl() + "/").put("kind", "ckan")
        .put("cron", cron);
    if (enabled != null) {
      b.put("enabled", enabled);
    }
    return api.json("PUT", "/api/admin/v1/sources/" + id, editor, b);
  }

  private static JsonObject publicSource(String id) {
    return read.get("/api/v1/sources?institution=PROG").getJsonArray("sources").stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aSourceAddedChangedDisabledAndDeletedThroughTheApiIsRescheduledAtOnce() {
    assertThat(obs.scheduling().nextCrawl("prog-a")).isEmpty();
    assertThat(put("prog-a", CRON_A, null).statusCode()).isEqualTo(200);
    Instant first = obs.scheduling().nextCrawl("prog-a").orElseThrow();
    assertThat(put("prog-a", CRON_B, null).statusCode()).isEqualTo(200);
    assertThat(obs.scheduling().nextCrawl("prog-a")).contains(first.plus(Duration.ofHours(1)));

    HttpResponse<String> off = put("prog-a", CRON_B, false);
    assertThat(new JsonObject(off.body()).getBoolean("enabled")).isFalse();
    assertThat(obs.scheduling().nextCrawl("prog-a")).isEmpty();
    assertThat(publicSource("prog-a").getBoolean("enabled")).as("the public list shows it at once").isFalse();
    HttpResponse<String> crawl = api.json("POST", "/api/admin/v1/crawls", editor, new JsonObject().put("source", "prog-a"));
    assertThat(crawl.statusCode()).isEqualTo(409);
    assertThat(put("prog-a", CRON_B, true).statusCode()).isEqualTo(200);
    assertThat(obs.scheduling().nextCrawl("prog-a")).isPresent();
    assertThat(publicSource("prog-a").getBoolean("enabled")).isTrue();

    assertThat(api.call("DELETE", "/api/admin/v1/sources/prog-a", editor, null, null).statusCode()).isEqualTo(204);
    assertThat(obs.scheduling().nextCrawl("prog-a")).isEmpty();
    assertThat(api.call("DELETE", "/api/admin/v1/sources/prog-a", editor, null, null).statusCode()).isEqualTo(404);
    assertThat(api.audit(admin, "source.disable")).isNotEmpty();
    assertThat(api.audit(admin, "source.delete").getJsonObject(0).getString("target")).isEqualTo("source/prog-a");
  }

  @Test
  void aSourceAddedThroughTheApiIsScheduledAndItsTriggeredCrawlRunsAndIsThenKept() throws Exception {
    assertThat(put("prog-b", CRON_A, null).statusCode()).isEqualTo(200);
    assertThat(obs.scheduling().nextCrawl("prog-b")).isPresent();
    HttpResponse<String> crawl = api.json("POST", "/api/admin/v1/crawls", editor, new JsonObject().put("source", "prog-b"));
    assertThat(crawl.statusCode()).isEqualTo(202);
    String state = null;
    java.util.Set<String> finished = java.util.Set.of("succeeded", "partial", "failed");
    for (int i = 0; i < 120 && (state == null || !finished.contains(state)); i++) {
      Thread.sleep(500);
      state = read.get("/api/v1/runs").getJsonArray("runs").stream().map(JsonObject.class::cast)
          .filter(r -> "prog-b".equals(r.getString("source"))).map(r -> r.getString("state")).findFirst().orElse(null);
    }
    assertThat(state).isIn("succeeded", "partial");
    HttpResponse<String> delete = api.call("DELETE", "/api/admin/v1/sources/prog-b", editor, null, null);
    assertThat(delete.statusCode()).isEqualTo(409);
    assertThat(new JsonObject(delete.body()).getString("detail_en")).contains("Disable it");
    assertThat(obs.scheduling().nextCrawl("prog-b")).isPresent();
  }
}
