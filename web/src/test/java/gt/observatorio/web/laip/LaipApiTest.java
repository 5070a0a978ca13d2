package gt.observatorio.web.laip;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.store.TokenRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.api.ProblemHandler;
import gt.observatorio.web.plan.ActionPlanLoader;
import gt.observatorio.web.plan.PlanApi;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Article 10 and plan routes on a real database and HTTP server. */
class LaipApiTest {
  static Vertx vertx;
  static Database db;
  static String base;
  static String editor;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);

  static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  static LaipChecklist list(String at, int current) {
    List<LaipNumeralCheck> ns = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      LaipStatus s = i <= current ? LaipStatus.CURRENT : i == 29 ? LaipStatus.BROKEN : LaipStatus.STALE;
      ns.add(new LaipNumeralCheck(i, "Numeral, " + i, "monthly", s, List.of("http://p.test/n" + i + ".pdf"),
          s == LaipStatus.BROKEN ? List.of("http://p.test/roto.pdf") : List.of(), "2025-0" + (1 + i % 5)));
    }
    return new LaipChecklist("http://p.test/ipo", "wordpress", Instant.parse(at), ns, List.<HarvestIssue>of());
  }

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    join(new RegistryRepository(db.pool()).upsert(List.of(new Institution("MUNIA", "Municipalidad A", "muni", null),
        new Institution("MUNIB", "Municipalidad <B>", "muni", null)), List.of()));
    LaipRepository laip = new LaipRepository(db.pool());
    join(laip.save("MUNIA", list("2025-05-03T00:00:00Z", 10)));
    join(laip.save("MUNIB", list("2025-05-04T00:00:00Z", 20)));
    join(laip.save("MUNIA", list("2025-06-03T00:00:00Z", 15)));
    PlanRepository plan = new PlanRepository(db.pool());
    join(plan.record(new PlanCheckResult("c6-a2", "mintrab-monthly-report", YearMonth.of(2025, 5), true,
        "latest=2025-04", "http://m.test/informe-abril-2025.pdf", Instant.parse("2025-05-10T00:00:00Z"))));
    Router router = Router.router(vertx);
    new LaipApi(laip, true).mount(router);
    TokenRepository tokens = new TokenRepository(db.pool());
    editor = join(tokens.create("editor", "plan editor"));
    new PlanApi(ActionPlanLoader.load(), plan, CLOCK, tokens).mount(router);
    router.route().failureHandler(new ProblemHandler());
    int port = join(vertx.createHttpServer().requestHandler(router).listen(0)).actualPort();
    base = "http://127.0.0.1:" + port;
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
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void ranksTheMonthAskedOrTheLatest() throws Exception {
    JsonObject may = new JsonObject(get("/api/v1/laip/ranking?month=2025-05").body());
    assertThat(may.getJsonArray("institutions").stream().map(o -> ((JsonObject) o).getString("institution")))
        .containsExactly("MUNIB", "MUNIA");
    assertThat(may.getJsonArray("institutions").getJsonObject(0).getDouble("compliancePercent")).isEqualTo(69.0);
    JsonObject latest = new JsonObject(get("/api/v1/laip/ranking").body());
    assertThat(latest.getString("month")).isEqualTo("2025-06");
    assertThat(latest.getJsonArray("institutions")).hasSize(1);
    assertThat(new JsonObject(get("/api/v1/laip/months").body()).getJsonArray("months").getList())
        .containsExactly("2025-05", "2025-06");
  }

  @Test
  void theNumeralsCarryTheLawsWordingWithItsSourceOrSayItIsUnknown() throws Exception {
    JsonObject d = new JsonObject(get("/api/v1/laip/numerals").body());
    assertThat(d.getJsonObject("article").getString("text")).startsWith("Los Sujetos Obligados deberán mantener");
    assertThat(d.getJsonObject("article").getString("read")).isEqualTo("2026-12-05");
    io.vertx.core.json.JsonArray ns = d.getJsonArray("numerals");
    assertThat(ns).hasSize(29);
    JsonObject fifteen = ns.getJsonObject(14);
    assertThat(fifteen.getString("textStatus")).isEqualTo("quoted");
    assertThat(fifteen.getString("text")).startsWith("Los montos asignados, los criterios de acceso");
    assertThat(fifteen.getString("source")).startsWith("https://");
    JsonObject seven = ns.getJsonObject(6);
    assertThat(seven.getString("textStatus")).isEqualTo("unknown");
    assertThat(seven.getString("text")).isEmpty();
    assertThat(seven.getString("source")).isEmpty();
  }

  @Test
  void givesAnInstitutionsChecklistHistoryAndReports() throws Exception {
    JsonObject c = new JsonObject(get("/api/v1/laip/institutions/MUNIA?month=2025-05").body());
    assertThat(c.getJsonArray("numerals")).hasSize(29);
    assertThat(c.getJsonArray("numerals").getJsonObject(28).getString("status")).isEqualTo("broken");
    assertThat(new JsonObject(get("/api/v1/laip/institutions/MUNIA/history").body()).getJsonArray("history"))
        .hasSize(2);
    HttpResponse<String> csv = get("/api/v1/laip/institutions/MUNIA/report.csv?month=2025-05");
    assertThat(csv.headers().firstValue("content-type")).get().asString().startsWith("text/csv");
    assertThat(csv.body().split("\r\n")).hasSize(30);
    assertThat(csv.body()).contains("MUNIA,2025-05,29,\"Numeral, 29\",monthly,broken,Enlace roto / ");
    HttpResponse<String> html = get("/api/v1/laip/institutions/MUNIB/report.html?month=2025-05");
    assertThat(html.body()).contains("Municipalidad &lt;B&gt;").contains("69.0 %").contains("Datos simulados")
        .doesNotContain("<B>");
  }

  @Test
  void refusesBadMonthsAndUncheckedInstitutionsWithAProblem() throws Exception {
    assertThat(get("/api/v1/laip/ranking?month=2025-13").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = get("/api/v1/laip/institutions/NADIE");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(new JsonObject(missing.body()).getString("detail_es")).contains("NADIE");
    assertThat(get("/api/v1/laip/institutions/%3Cx%3E/report.csv").statusCode()).isEqualTo(400);
  }

  @Test
  void showsThePlanWithAutomaticChecksAndLetsOnlyAnEditorRecordAStatus() throws Exception {
    JsonObject plan = new JsonObject(get("/api/v1/plan").body());
    JsonObject c6a2 = plan.getJsonArray("commitments").getJsonObject(5).getJsonArray("activities").getJsonObject(1);
    assertThat(c6a2.getString("id")).isEqualTo("c6-a2");
    assertThat(c6a2.getString("status")).isEqualTo("evidence-current");
    assertThat(c6a2.getJsonArray("checks").getJsonObject(0).getJsonObject("latest").getString("observed"))
        .isEqualTo("latest=2025-04");

    String body = "{\"status\":\"completed\",\"editor\":\"gae\",\"evidenceUrl\":\"https://e.test/informe.pdf\"}";
    assertThat(post("/api/v1/plan/activities/c1-a3/status", null, body).statusCode()).isEqualTo(401);
    assertThat(post("/api/v1/plan/activities/c1-a3/status", "otro", body).statusCode()).isEqualTo(401);
    assertThat(post("/api/v1/plan/activities/c1-a3/status", editor, "{\"status\":\"hecho\",\"editor\":\"gae\"}")
        .statusCode()).isEqualTo(400);
    assertThat(post("/api/v1/plan/activities/c9-a9/status", editor, body).statusCode()).isEqualTo(404);
    assertThat(post("/api/v1/plan/activities/c1-a3/status", editor, body).statusCode()).isEqualTo(201);
    assertThat(join(new TokenRepository(db.pool()).recentAudit(10))).as("the status is audited")
        .anySatisfy(a -> {
          assertThat(a.action()).isEqualTo("plan.status");
          assertThat(a.target()).isEqualTo("activity/c1-a3");
          assertThat(a.role()).isEqualTo("editor");
        });

    JsonObject after = new JsonObject(get("/api/v1/plan").body());
    JsonObject c1a3 = after.getJsonArray("commitments").getJsonObject(0).getJsonArray("activities").getJsonObject(2);
    assertThat(c1a3.getString("status")).isEqualTo("completed");
    assertThat(c1a3.getJsonObject("manual").getString("evidenceUrl")).isEqualTo("https://e.test/informe.pdf");
    JsonObject progress = new JsonObject(get("/api/v1/plan/progress").body());
    assertThat(progress.getJsonArray("series").stream().map(o -> ((JsonObject) o).getString("month")))
        .containsExactly("2025-05", "2025-06");
    assertThat(progress.getJsonArray("series").getJsonObject(1).getInteger("activitiesCompleted")).isEqualTo(1);
  }
}
