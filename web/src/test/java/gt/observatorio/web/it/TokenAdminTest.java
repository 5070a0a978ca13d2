package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens through the admin API: listed without secrets, revoked at once, the last admin token kept. */
class TokenAdminTest {
  private static Observatory obs;
  private static AdminCalls api;
  private static TokenRepository tokens;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    api = new AdminCalls(obs.serve(TestSettings.web()).await());
    tokens = obs.stores().tokens();
  }

  @AfterAll
  static void stop() {
    obs.close();
  }

  private static long idOf(String token) {
    return new JsonObject(api.call("GET", "/api/admin/v1/whoami", token, null, null).body()).getLong("id");
  }

  @Test
  void theListShowsRolesLabelsAndUseButNeverTheSecretOrItsHash() {
    String admin = tokens.create("admin", "lista admin").await();
    String editor = tokens.create("editor", "lista editor").await();
    api.call("GET", "/api/admin/v1/whoami", editor, null, null);
    HttpResponse<String> r = api.call("GET", "/api/admin/v1/tokens", admin, null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain(admin, editor, TokenRepository.hash(admin), TokenRepository.hash(editor));
    JsonObject e = entry(new JsonObject(r.body()).getJsonArray("tokens"), idOf(editor));
    assertThat(e.getString("role")).isEqualTo("editor");
    assertThat(e.getString("label")).isEqualTo("lista editor");
    assertThat(e.getString("lastUsedAt")).isNotNull();
    assertThat(e.getBoolean("revoked")).isFalse();
    assertThat(api.call("GET", "/api/admin/v1/tokens", editor, null, null).statusCode()).isEqualTo(403);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceAndTheRevocationIsAudited() {
    String admin = tokens.create("admin", "revoca admin").await();
    String editor = tokens.create("editor", "revocado").await();
    long id = idOf(editor);
    assertThat(api.call("DELETE", "/api/admin/v1/tokens/" + id, editor, null, null).statusCode()).isEqualTo(403);
    HttpResponse<String> r = api.call("DELETE", "/api/admin/v1/tokens/" + id, admin, null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(api.call("GET", "/api/admin/v1/whoami", editor, null, null).statusCode()).isEqualTo(401);
    assertThat(api.call("DELETE", "/api/admin/v1/tokens/" + id, admin, null, null).statusCode()).isEqualTo(409);
    assertThat(api.call("DELETE", "/api/admin/v1/tokens/999999", admin, null, null).statusCode()).isEqualTo(404);
    assertThat(api.call("DELETE", "/api/admin/v1/tokens/abc", admin, null, null).statusCode()).isEqualTo(400);
    JsonArray audit = api.audit(admin, "token.revoke");
    assertThat(audit.stream().map(a -> ((JsonObject) a).getString("target"))).contains("api_token/" + id);
    assertThat(entry(new JsonObject(api.call("GET", "/api/admin/v1/tokens", admin, null, null).body())
        .getJsonArray("tokens"), id).getBoolean("revoked")).isTrue();
  }

  @Test
  void theLastLiveAdminTokenCannotRevokeItself() {
    String first = tokens.create("admin", "primero").await();
    String second = tokens.create("admin", "segundo").await();
    // revoke every other live admin token first, so that only these two remain, then one of them
    JsonArray all = new JsonObject(api.call("GET", "/api/admin/v1/tokens", first, null, null).body()).getJsonArray("tokens");
    long firstId = idOf(first);
    long secondId = idOf(second);
    all.stream().map(JsonObject.class::cast).filter(t -> "admin".equals(t.getString("role")) && !t.getBoolean("revoked"))
        .map(t -> t.getLong("id")).filter(i -> i != firstId && i != secondId)
        .forEach(i -> assertThat(api.call("DELETE", "/api/admin/v1/tokens/" + i, first, null, null).statusCode()).isEqualTo(200));
    assertThat(api.call("DELETE", "/api/admin/v1/tokens/" + secondId, first, null, null).statusCode()).isEqualTo(200);
    HttpResponse<String> last = api.call("DELETE", "/api/admin/v1/tokens/" + firstId, first, null, null);
    assertThat(last.statusCode()).isEqualTo(409);
    JsonObject problem = new JsonObject(last.body());
    assertThat(problem.getString("reason")).isEqualTo("last-admin-token");
    assertThat(problem.getString("detail_es")).contains("último");
    assertThat(api.call("GET", "/api/admin/v1/whoami", first, null, null).statusCode()).isEqualTo(200);
  }

  private static JsonObject entry(JsonArray list, long id) {
    return list.stream().map(JsonObject.class::cast).filter(t -> t.getLong("id") == id).findFirst().orElseThrow();
  }
}
