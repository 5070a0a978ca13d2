package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API: bearer tokens with roles, stored hashed; every change audited; bad input is a 4xx. */
class AdminApiTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();
  private static Observatory obs;
  private static String base;
  private static String admin;
  private static String editor;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    base = "http://127.0.0.1:" + obs.serve(TestSettings.web()).await();
    TokenRepository tokens = obs.stores().tokens();
    admin = tokens.create("admin", "test admin").await();
    editor = tokens.create("editor", "test editor").await();
  }

  @AfterAll
  static void stop() {
    obs.close();
  }

  private static HttpResponse<String> call(String method, String path, String token, String type, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(java.time.Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> putJson(String path, String token, JsonObject body) throws Exception {
    return call("PUT", path, token, "application/json", body.encode());
  }

  @Test
  void aCronFiringMoreOftenThanTheMinimumIntervalIsRefusedInWords() throws Exception {
    HttpResponse<String> r = putJson("/api/admin/v1/sources/cada-segundo", editor, new JsonObject()
        .put("institution", "OK").put("url", "http://x.org/").put("kind", "ckan").put("cron", "* * * * * ?"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonObject problem = new JsonObject(r.body());
    assertThat(problem.getString("detail")).contains("cada 1 s").contains("cada 1 h");
    assertThat(problem.getString("detail_en")).contains("every 1 s").contains("every 1 h");
  }

  @Test
  void withoutAValidTokenTheAdminApiAnswers401WithAChallenge() throws Exception {
    for (String token : new String[] {null, "obs_notarealtokenatall0000", "short"}) {
      HttpResponse<String> r = call("GET", "/api/admin/v1/whoami", token, null, null);
      assertThat(r.statusCode()).as(String.valueOf(token)).isEqualTo(401);
      assertThat(r.headers().firstValue("www-authenticate")).get().asString().startsWith("Bearer");
      assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
    }
  }

  @Test
  void tokensAreStoredAsTheirSha256Only() throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection();
         ResultSet rs = c.createStatement().executeQuery("select token_hash from api_token")) {
      java.util.List<String> hashes = new java.util.ArrayList<>();
      while (rs.next()) {
        hashes.add(rs.getString(1));
      }
      assertThat(hashes).contains(TokenRepository.hash(admin), TokenRepository.hash(editor)).doesNotContain(admin, editor);
    }
  }

  @Test
  void anEditorChangesAnInstitutionAndTheChangeIsAudited() throws Exception {
    HttpResponse<String> r = putJson("/api/admin/v1/institutions/TESTINST", editor,
        new JsonObject().put("name", "Institución de prueba").put("type", "ministerio").put("sector", "pruebas"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(call("GET", "/api/v1/institutions", null, null, null).body()).encode())
        .contains("Institución de prueba");
    JsonObject audit = new JsonObject(call("GET", "/api/admin/v1/audit", admin, null, null).body());
    JsonObject entry = audit.getJsonArray("entries").stream().map(JsonObject.class::cast)
        .filter(e -> "institution/TESTINST".equals(e.getString("target"))).findFirst().orElseThrow();
    assertThat(entry.getString("action")).isEqualTo("institution.put");
    assertThat(entry.getString("role")).isEqualTo("editor");
  }

  @Test
  void anEditorRegistersASourceAndTriggersItsCrawl() throws Exception {
    putJson("/api/admin/v1/institutions/SRCINST", editor, new JsonObject().put("name", "Fuente de prueba"));
    HttpResponse<String> s = putJson("/api/admin/v1/sources/srcinst-ckan", editor, new JsonObject()
        .put("institution", "SRCINST").put("url", "http://127.0.0.1:9/").put("kind", "ckan"));
    assertThat(s.statusCode()).as(s.body()).isEqualTo(200);
    HttpResponse<String> crawl = call("POST", "/api/admin/v1/crawls", editor, "application/json",
        new JsonObject().put("source", "srcinst-ckan").encode());
    assertThat(crawl.statusCode()).isEqualTo(202);
  }

  @Test
  void onlyAnAdminReadsTheAuditLogAndValidatesRuleSets() throws Exception {
    assertThat(call("GET", "/api/admin/v1/audit", editor, null, null).statusCode()).isEqualTo(403);
    HttpResponse<String> bad = call("POST", "/api/admin/v1/rulesets/validate", admin, "application/yaml",
        "id: x\nprofile: x\nrules: [{id: no.such.rule, weight: 1}]\n");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(bad.body()).getBoolean("valid")).isFalse();
    assertThat(new JsonObject(bad.body()).getJsonArray("problems")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} {1} → {4}")
  @CsvSource(delimiter = '|', value = {
    "PUT|/api/admin/v1/institutions/bad code!|application/json|{\"name\":\"x\"}|400",
    "PUT|/api/admin/v1/institutions/OK|text/plain|name=x|415",
    "PUT|/api/admin/v1/institutions/OK|application/json|{not json|400",
    "PUT|/api/admin/v1/institutions/OK|application/json|[1,2]|400",
    "PUT|/api/admin/v1/institutions/OK|application/json|{\"name\":5}|400",
    "PUT|/api/admin/v1/sources/s1|application/json|{\"institution\":\"NOPE\",\"url\":\"http://x.org/\",\"kind\":\"ckan\"}|404",
    "PUT|/api/admin/v1/sources/s1|application/json|{\"institution\":\"OK\",\"url\":\"file:///etc/passwd\",\"kind\":\"ckan\"}|400",
    "PUT|/api/admin/v1/sources/s1|application/json|{\"institution\":\"OK\",\"url\":\"http://x.org/\",\"kind\":\"ftp\"}|400",
    "PUT|/api/admin/v1/sources/s1|application/json|{\"institution\":\"OK\",\"url\":\"http://x.org/\",\"kind\":\"ckan\",\"cron\":\"never\"}|400",
    "POST|/api/admin/v1/crawls|application/json|{\"source\":\"nope\"}|404",
    "DELETE|/api/admin/v1/institutions/OK|application/json|{}|404"})
  void badAdminRequestsAreAProblemNeverA5xx(String method, String path, String type, String body, int status)
      throws Exception {
    HttpResponse<String> r = call(method, path.replace(" ", "%20"), editor, type, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    HttpResponse<String> r = call("PUT", "/api/admin/v1/institutions/OK", editor, "application/json",
        "{\"name\":\"" + "x".repeat(300_000) + "\"}");
    assertThat(r.statusCode()).isEqualTo(413);
  }
}
