package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventKind;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks (issue 17): registered by an admin, deliveries signed with HMAC-SHA256 and verified by a receiver,
 * retried after a 500, every attempt logged, private addresses refused by the crawler's address guard (only
 * loopback is allowed here, for the receiver).
 */
class WebhookTest {
  private static Observatory obs;
  private static AdminCalls api;
  private static WireMockServer receiver;
  private static String admin;

  @BeforeAll
  static void start() throws Exception {
    TestDatabase.reset();
    DbConfig db = TestDatabase.config();
    Path file = Files.createTempFile("webhooks", ".yaml");
    Files.writeString(file, """
        crawler:
          allowPrivateAddresses: false
          allowedAddressRanges: ["127.0.0.0/8"]
        webhooks:
          initialBackoffMillis: 200
        """);
    Map<String, String> env = Map.of(ConfigLoader.envName("db.url"), db.url(),
        ConfigLoader.envName("db.user"), db.user(), ConfigLoader.envName("db.password"), db.password(),
        ConfigLoader.envName("web.port"), "0", ConfigLoader.envName("scheduler.enabled"), "false");
    obs = Observatory.start(Settings.load(Optional.of(file), env), Clock.systemUTC(), false);
    api = new AdminCalls(obs.serve(TestSettings.web()).await());
    admin = obs.stores().tokens().create("admin", "webhooks").await();
    obs.stores().registry().upsert(List.of(new Institution("WHOOK", "Institución de prueba", null, null)), List.of())
        .await();
    receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    receiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.stop();
    obs.close();
  }

  private static HttpResponse<String> register(String url, String... kinds) {
    JsonObject body = new JsonObject().put("url", url).put("kinds", new JsonArray(List.of((Object[]) kinds)));
    return api.call("POST", "/api/admin/v1/webhooks", admin, "application/json", body.encode());
  }

  private static String hmac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static JsonArray deliveries(long id) {
    return new JsonObject(api.call("GET", "/api/admin/v1/webhooks/" + id + "/deliveries", admin, null, null).body())
        .getJsonArray("deliveries");
  }

  @Test
  void aDeliveryIsSignedRetriedAfterA500LoggedAndNeverSentTwice() throws Exception {
    receiver.stubFor(post(urlEqualTo("/hook")).inScenario("retry").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
    receiver.stubFor(post(urlEqualTo("/hook")).inScenario("retry").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(204)));
    HttpResponse<String> r = register("http://127.0.0.1:" + receiver.port() + "/hook", "LINK_BROKEN");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonObject created = new JsonObject(r.body());
    String secret = created.getString("secret");
    long id = created.getLong("id");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(api.call("GET", "/api/admin/v1/webhooks", admin, null, null).body()).doesNotContain(secret);

    Event broken = new Event(UUID.randomUUID().toString(), Instant.parse("2026-12-01T10:00:00Z"), "WHOOK",
        EventKind.LINK_BROKEN, "https://datos.example/a.csv", Map.of("url", "https://datos.example/a.csv"),
        "/#/institucion/WHOOK");
    Event other = new Event(UUID.randomUUID().toString(), broken.at(), "WHOOK", EventKind.RANK_CHANGED, "rank",
        Map.of("antes", "2", "despues", "1"), "/#/institucion/WHOOK");
    obs.stores().events().saveAll(List.of(broken, other)).await();
    obs.webhooks().deliver(List.of(broken, other));

    long until = System.nanoTime() + 30_000_000_000L;
    while (deliveries(id).size() < 2 && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    JsonArray log = deliveries(id);
    assertThat(log).hasSize(2);
    JsonObject last = log.getJsonObject(0);
    JsonObject first = log.getJsonObject(1);
    assertThat(first.getInteger("attempt")).isEqualTo(1);
    assertThat(first.getInteger("status")).isEqualTo(500);
    assertThat(first.getString("outcome")).isEqualTo("failed");
    assertThat(last.getInteger("attempt")).isEqualTo(2);
    assertThat(last.getInteger("status")).isEqualTo(204);
    assertThat(last.getString("outcome")).isEqualTo("delivered");
    assertThat(last.getString("eventId")).isEqualTo(broken.id());

    List<LoggedRequest> got = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
    assertThat(got).hasSize(2);
    for (LoggedRequest req : got) {
      assertThat(req.getHeader("X-Observatorio-Signature")).isEqualTo(hmac(secret, req.getBody()));
      assertThat(new JsonObject(req.getBodyAsString()).getString("id")).isEqualTo(broken.id());
      assertThat(new JsonObject(req.getBodyAsString()).getString("kind")).isEqualTo("LINK_BROKEN");
    }
    assertThat(hmac("another secret", got.get(0).getBody())).isNotEqualTo(got.get(0).getHeader("X-Observatorio-Signature"));

    obs.webhooks().deliver(List.of(broken));
    Thread.sleep(1_000);
    assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).as("delivered once").hasSize(2);
  }

  @Test
  void aWebhookToAPrivateOrMetadataAddressIsRefusedWithTheReason() {
    for (String url : List.of("http://10.1.2.3/hook", "http://192.168.1.20:8080/x", "http://169.254.169.254/latest")) {
      HttpResponse<String> r = register(url, "LINK_BROKEN");
      assertThat(r.statusCode()).as(url).isEqualTo(400);
      JsonObject problem = new JsonObject(r.body());
      assertThat(problem.getString("reason")).isEqualTo("address-refused");
      assertThat(r.body()).contains("privada").contains("Private");
    }
    assertThat(register("ftp://127.0.0.1/x", "LINK_BROKEN").statusCode()).isEqualTo(400);
    assertThat(register("http://127.0.0.1:1/x", "NO_SUCH_KIND").statusCode()).isEqualTo(400);
    assertThat(api.call("POST", "/api/admin/v1/webhooks", null, "application/json", "{}").statusCode()).isEqualTo(401);
  }
}
