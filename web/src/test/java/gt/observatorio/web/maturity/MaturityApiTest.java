package gt.observatorio.web.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.MaturityRepository;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.api.MaturityApi;
import gt.observatorio.web.api.ProblemHandler;
import gt.observatorio.web.plan.ActionPlanLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The maturity routes on a real database, real tokens and the audit log, and a real HTTP evidence server. */
class MaturityApiTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static Vertx vertx;
  static Database db;
  static String base;
  static String evidence;
  static String editor;
  static String admin;
  static MaturityService service;

  static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  static LaipChecklist checklist(int current) {
    List<LaipNumeralCheck> ns = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      LaipStatus s = i <= current ? LaipStatus.CURRENT : LaipStatus.NOT_FOUND;
      ns.add(new LaipNumeralCheck(i, "Numeral " + i, "monthly", s, s == LaipStatus.CURRENT
          ? List.of("http://p.test/n" + i + ".pdf") : List.of(), List.of(), "2026-11"));
    }
    return new LaipChecklist("http://p.test/ipo", "listing", Instant.parse("2026-11-03T00:00:00Z"), ns,
        List.<HarvestIssue>of());
  }

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    join(new RegistryRepository(db.pool()).upsert(List.of(
        new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social", "ministerio", "trabajo"),
        new Institution("SESAN", "Secretaría de Seguridad Alimentaria y Nutricional", "secretaria", "seguridad-alimentaria")),
        List.of()));
    LaipRepository laip = new LaipRepository(db.pool());
    join(laip.save("MINTRAB", checklist(29)));
    join(laip.save("SESAN", checklist(5)));
    TokenRepository tokens = new TokenRepository(db.pool());
    editor = join(tokens.create("editor", "maturity editor"));
    admin = join(tokens.create("admin", "maturity admin"));
    MaturityRepository repo = new MaturityRepository(db.pool());
    service = new MaturityService(repo, new EvidenceGatherer(new PgReadModel(db.pool()), repo, laip,
        new PlanRepository(db.pool()), ActionPlanLoader::load, "observatorio"), CLOCK, MaturityModels.builtIn());
    Router evidenceSite = Router.router(vertx);
    evidenceSite.route("/nombramiento").handler(ctx -> ctx.response().end("Acuerdo de nombramiento"));
    evidence = "http://127.0.0.1:" + join(vertx.createHttpServer().requestHandler(evidenceSite).listen(0)).actualPort();
    EvidenceProbe probe = url -> vertx.executeBlocking(() -> {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).method("HEAD",
          HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
      return new EvidenceProbe.Seen(r.statusCode() < 400, "HTTP " + r.statusCode());
    });
    Router router = Router.router(vertx);
    new MaturityApi(service, repo, tokens, probe, CLOCK).mount(router);
    router.route().failureHandler(new ProblemHandler());
    base = "http://127.0.0.1:" + join(vertx.createHttpServer().requestHandler(router).listen(0)).actualPort();
    join(service.computeNow());
  }

  @AfterAll
  static void stop() {
    db.close();
    join(vertx.close());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonObject criterion(String code, String id) throws Exception {
    JsonObject r = new JsonObject(get("/api/v1/institutions/" + code + "/maturity").body());
    return r.getJsonArray("criteria").stream().map(o -> (JsonObject) o).filter(c -> c.getString("id").equals(id))
        .findFirst().orElseThrow();
  }

  @Test
  void theNationalTableRanksInstitutionsWithDimensionLevelsFromTheirEvidence() throws Exception {
    JsonObject t = new JsonObject(get("/api/v1/maturity").body());
    assertThat(t.getString("quarter")).isEqualTo("2026-Q4");
    assertThat(t.getJsonObject("model").getString("hash")).matches("[0-9a-f]{64}");
    JsonObject first = t.getJsonArray("institutions").getJsonObject(0);
    assertThat(first.getString("institution")).isEqualTo("MINTRAB");
    assertThat(first.getInteger("rank")).isEqualTo(1);
    assertThat(first.getJsonObject("dimensions").getInteger("transparencia")).isEqualTo(5);
    JsonObject sesan = t.getJsonArray("institutions").getJsonObject(1);
    assertThat(sesan.getJsonObject("dimensions").getInteger("transparencia")).isEqualTo(1);
    JsonObject art10 = criterion("MINTRAB", "transparencia.art10-95");
    assertThat(art10.getBoolean("met")).isTrue();
    assertThat(art10.getJsonArray("evidence").getString(0)).isEqualTo("http://p.test/ipo");
    JsonObject detail = new JsonObject(get("/api/v1/institutions/SESAN/maturity").body());
    assertThat(detail.getJsonObject("keyDatasets").getJsonArray("missing").stream()
        .map(o -> ((JsonObject) o).getString("id"))).contains("siinsan-datos-abiertos", "ejecucion-presupuestaria");
    HttpResponse<String> csv = get("/api/v1/maturity.csv");
    assertThat(csv.headers().firstValue("content-type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("\"posición / rank\"").contains("\"MINTRAB\"");
    HttpResponse<String> ttl = get("/api/v1/institutions/MINTRAB/maturity/dqv.ttl");
    assertThat(ttl.headers().firstValue("content-type")).get().asString().startsWith("text/turtle");
    assertThat(ttl.body()).contains("dqv:QualityMeasurement").contains("\"2026-Q4\"");
    JsonObject model = new JsonObject(get("/api/v1/maturity/model").body());
    assertThat(model.getString("version")).isEqualTo("1.0.0");
    assertThat(model.getJsonArray("criteria")).isNotEmpty();
  }

  @Test
  void anAnswerIsSubmittedByAnEditorReviewedByAnAdminAndEveryStepIsAudited() throws Exception {
    String body = "{\"criterion\":\"politica.responsable\",\"evidenceUrl\":\"" + evidence + "/nombramiento\"}";
    assertThat(post("/api/v1/institutions/SESAN/maturity/answers", null, body).statusCode()).isEqualTo(401);
    assertThat(post("/api/v1/institutions/SESAN/maturity/answers", editor,
        "{\"criterion\":\"calidad.puntaje-40\",\"evidenceUrl\":\"https://x.test/\"}").statusCode()).isEqualTo(422);
    assertThat(post("/api/v1/institutions/SESAN/maturity/answers", editor,
        "{\"criterion\":\"politica.responsable\",\"evidenceUrl\":\"ftp://x\"}").statusCode()).isEqualTo(422);
    HttpResponse<String> first = post("/api/v1/institutions/SESAN/maturity/answers", editor, body);
    assertThat(first.statusCode()).isEqualTo(201);
    long firstId = new JsonObject(first.body()).getLong("id");
    assertThat(post("/api/v1/maturity/answers/" + firstId + "/review", editor, "{\"decision\":\"accept\"}").statusCode())
        .as("an editor cannot review").isEqualTo(403);
    assertThat(post("/api/v1/maturity/answers/" + firstId + "/review", admin, "{\"decision\":\"reject\"}").statusCode())
        .as("a rejection needs a reason").isEqualTo(422);
    assertThat(post("/api/v1/maturity/answers/" + firstId + "/review", admin,
        "{\"decision\":\"reject\",\"reason\":\"El acuerdo no está firmado\"}").statusCode()).isEqualTo(200);
    assertThat(criterion("SESAN", "politica.responsable").getString("status")).isEqualTo("rejected");
    assertThat(post("/api/v1/maturity/answers/" + firstId + "/review", admin, "{\"decision\":\"accept\"}").statusCode())
        .as("a reviewed answer is not reviewed again").isEqualTo(409);

    long second = new JsonObject(post("/api/v1/institutions/SESAN/maturity/answers", editor, body).body()).getLong("id");
    assertThat(criterion("SESAN", "politica.responsable").getString("status")).isIn("unanswered", "rejected");
    join(service.computeNow());
    assertThat(criterion("SESAN", "politica.responsable").getString("status")).isEqualTo("pending");
    assertThat(post("/api/v1/maturity/answers/" + second + "/review", admin, "{\"decision\":\"accept\"}").statusCode())
        .isEqualTo(200);
    JsonObject met = criterion("SESAN", "politica.responsable");
    assertThat(met.getBoolean("met")).isTrue();
    assertThat(met.getJsonArray("evidence").getString(0)).isEqualTo(evidence + "/nombramiento");
    JsonObject answers = new JsonObject(get("/api/v1/institutions/SESAN/maturity/answers").body());
    assertThat(answers.getJsonArray("answers").getJsonObject(0).getString("reason")).isEqualTo("El acuerdo no está firmado");
    assertThat(answers.getJsonArray("answers").getJsonObject(1).getBoolean("evidenceReachable"))
        .as("the evidence URL was probed").isTrue();
    assertThat(join(new TokenRepository(db.pool()).recentAudit(50))).extracting(a -> a.action() + " " + a.role())
        .contains("maturity.answer.submit editor", "maturity.answer.rejected admin", "maturity.answer.accepted admin");
  }

  @Test
  void recomputingUnderANewModelVersionKeepsTheOldVersionsResultsReadable() throws Exception {
    String yaml = MaturityModels.builtIn().yaml().replace("version: \"1.0.0\"", "version: \"1.1.0\"")
        .replace("params: {minPercent: 95}", "params: {minPercent: 100}");
    MaturityService.LoadedModel next = MaturityModels.load("modelo-1.1.0.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(join(service.adopt(next))).contains("2026-Q4");
    JsonObject now = new JsonObject(get("/api/v1/maturity").body());
    assertThat(now.getJsonObject("model").getString("version")).isEqualTo("1.1.0");
    JsonObject old = new JsonObject(get("/api/v1/maturity?version=1.0.0").body());
    assertThat(old.getJsonObject("model").getString("version")).isEqualTo("1.0.0");
    assertThat(old.getJsonObject("model").getString("hash")).isNotEqualTo(now.getJsonObject("model").getString("hash"));
    assertThat(old.getJsonArray("institutions")).hasSize(2);
    assertThat(new JsonObject(get("/api/v1/maturity/model").body()).getJsonArray("versions")).hasSize(2);
    join(service.adopt(MaturityModels.builtIn()));
  }
}
