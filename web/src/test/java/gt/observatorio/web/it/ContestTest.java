package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.pipeline.Rescorer;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Right of reply with real tokens: an editor contests a finding, an admin accepts or rejects it, every step is in the
 * audit log; an accepted contest changes the score the next time it is computed (rescore, then a crawl), explained
 * by the waived rule with its reason and the points restored, and holds only while the dataset's content is the one
 * contested.
 */
class ContestTest {
  private static final String DATASET = "establecimientos-de-salud";
  private static FixturePortal portal;
  private static Observatory obs;
  private static AdminCalls admin;
  private static ApiClient api;
  private static TokenRepository tokens;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    portal = new FixturePortal();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    portal.crawlAsMspas(obs);
    int port = obs.serve(TestSettings.web()).await();
    admin = new AdminCalls(port);
    api = new ApiClient(port);
    tokens = obs.stores().tokens();
  }

  @AfterAll
  static void stop() {
    obs.close();
    portal.close();
  }

  @Test
  void anAcceptedContestWaivesTheRuleAtTheNextScoringUntilTheContentChanges() {
    String editor = tokens.create("editor", "oficial de datos MSPAS").await();
    String adminToken = tokens.create("admin", "GAE").await();
    JsonObject before = dataset();
    JsonObject lostRule = lostRule(before);
    String rule = lostRule.getString("id");
    double lost = lostRule.getDouble("maxPoints") - lostRule.getDouble("points");
    long id = before.getLong("id");
    JsonObject body = new JsonObject().put("rule", rule)
        .put("reason", "La licencia está publicada en la página del portal").put("evidenceUrl", "https://example.org/licencia");

    assertThat(admin.json("POST", "/api/v1/datasets/" + id + "/contests", null, body).statusCode()).isEqualTo(401);
    HttpResponse<String> filed = admin.json("POST", "/api/v1/datasets/" + id + "/contests", editor, body);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonObject contest = new JsonObject(filed.body());
    assertThat(contest.getString("state")).isEqualTo("pending");
    long cid = contest.getLong("id");

    String review = "/api/v1/contests/" + cid + "/review";
    assertThat(admin.json("POST", review, editor, new JsonObject().put("decision", "accept")).statusCode())
        .as("an editor cannot decide").isEqualTo(403);
    HttpResponse<String> accepted = admin.json("POST", review, adminToken,
        new JsonObject().put("decision", "accept").put("reason", "Evidencia verificada"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(new JsonObject(accepted.body()).getJsonObject("stateLabel").getString("es"))
        .isEqualTo("impugnado y aceptado");
    assertThat(admin.json("POST", review, adminToken, new JsonObject().put("decision", "reject").put("reason", "x"))
        .statusCode()).as("decided once").isEqualTo(409);
    assertThat(targets(admin.audit(adminToken, "contest.file"))).contains("finding_contest/" + cid);
    assertThat(targets(admin.audit(adminToken, "contest.accept"))).contains("finding_contest/" + cid);

    assertThat(dataset().getDouble("score")).as("nothing changes before the next scoring").isEqualTo(
        before.getDouble("score"));
    rescore();
    JsonObject after = dataset();
    assertThat(after.getDouble("score")).isGreaterThan(before.getDouble("score"));
    JsonObject waived = after.getJsonArray("waived").stream().map(JsonObject.class::cast)
        .filter(w -> rule.equals(w.getString("rule"))).findFirst().orElseThrow();
    assertThat(waived.getString("reason")).isEqualTo(body.getString("reason"));
    assertThat(waived.getLong("contest")).isEqualTo(cid);
    assertThat(waived.getDouble("restoredPoints")).isCloseTo(lost, org.assertj.core.data.Offset.offset(0.01));
    assertThat(waived.getJsonArray("findings")).isNotEmpty();
    assertThat(findingRules(after)).doesNotContain(rule);
    JsonArray listed = api.get("/api/v1/datasets/" + id + "/contests").getJsonArray("contests");
    assertThat(listed.getJsonObject(0).getString("state")).isEqualTo("accepted");
    assertThat(listed.encode()).doesNotContain(editor, adminToken);

    // a crawl of the same content keeps the waiver; a changed dataset is scored in full again
    obs.crawls().crawlAll(obs.registration().sources());
    cacheRechecks();
    assertThat(findingRules(dataset())).doesNotContain(rule);
    portal.catalog("/", portal.fixture(LocalDate.now()).replace("\"Establecimientos de salud\"",
        "\"Establecimientos de salud (actualizado)\""));
    obs.crawls().crawlAll(obs.registration().sources());
    cacheRechecks();
    JsonObject changed = dataset();
    assertThat(changed.getString("title")).endsWith("(actualizado)");
    assertThat(findingRules(changed)).contains(rule);
    assertThat(changed.getJsonArray("waived")).isEmpty();
  }

  @Test
  void aRejectedContestNeedsAReasonIsAuditedAndChangesNothing() {
    String editor = tokens.create("editor", "editor rechazado").await();
    String adminToken = tokens.create("admin", "GAE revisa").await();
    JsonObject ds = dataset();
    long id = ds.getLong("id");
    String rule = findingRules(ds).get(findingRules(ds).size() - 1);
    HttpResponse<String> filed = admin.json("POST", "/api/v1/datasets/" + id + "/contests", editor,
        new JsonObject().put("rule", rule).put("reason", "No estamos de acuerdo"));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    long cid = new JsonObject(filed.body()).getLong("id");
    String review = "/api/v1/contests/" + cid + "/review";
    assertThat(admin.json("POST", review, adminToken, new JsonObject().put("decision", "reject")).statusCode())
        .as("a rejection needs a reason").isEqualTo(400);
    HttpResponse<String> rejected = admin.json("POST", review, adminToken,
        new JsonObject().put("decision", "reject").put("reason", "La evidencia no muestra la licencia"));
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    assertThat(targets(admin.audit(adminToken, "contest.reject"))).contains("finding_contest/" + cid);
    JsonObject shown = api.get("/api/v1/datasets/" + id + "/contests").getJsonArray("contests").stream()
        .map(JsonObject.class::cast).filter(c -> c.getLong("id") == cid).findFirst().orElseThrow();
    assertThat(shown.getString("state")).isEqualTo("rejected");
    assertThat(shown.getString("decisionReason")).isEqualTo("La evidencia no muestra la licencia");
    rescore();
    assertThat(findingRules(dataset())).contains(rule);
    assertThat(admin.json("POST", "/api/v1/datasets/" + id + "/contests", editor,
        new JsonObject().put("rule", "no.such.rule").put("reason", "x")).statusCode()).isEqualTo(422);
  }

  private static void rescore() {
    Scorer observatorio = obs.scoring().scorers().get(0);
    Rescorer r = obs.crawls().rescorer(observatorio);
    r.rescore(r.runs(), run -> { });
    cacheRechecks();
  }

  /** The read API rechecks the publication version every 0.5 s; answers older than that are not served after it. */
  private static void cacheRechecks() {
    try {
      Thread.sleep(600);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonObject dataset() {
    long id = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets").stream()
        .map(JsonObject.class::cast).filter(d -> d.getString("identifier").contains(DATASET) || d.getString("title")
            .startsWith("Establecimientos de salud")).findFirst().orElseThrow().getLong("id");
    return api.get("/api/v1/datasets/" + id).getJsonObject("dataset");
  }

  private static JsonObject lostRule(JsonObject ds) {
    java.util.List<String> withFindings = findingRules(ds);
    return ds.getJsonArray("rules").stream().map(JsonObject.class::cast)
        .filter(r -> r.getBoolean("measured") && r.getDouble("points") < r.getDouble("maxPoints")
            && withFindings.contains(r.getString("id")))
        .findFirst().orElseThrow();
  }

  private static java.util.List<String> findingRules(JsonObject ds) {
    return ds.getJsonArray("findings").stream().map(f -> ((JsonObject) f).getString("rule")).distinct().toList();
  }

  private static java.util.List<String> targets(JsonArray audit) {
    return audit.stream().map(a -> ((JsonObject) a).getString("target")).toList();
  }
}
