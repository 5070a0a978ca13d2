package gt.observatorio.web.laip;

import static gt.observatorio.web.laip.LaipApiTest.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.api.ProblemHandler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A numeral robots.txt forbids is stored, served and reported as "no verificable", never as broken. */
class LaipNotVerifiableTest {
  static final String BLOCKED = "http://p.test/privado/depositos-mayo-2025.pdf";
  static Vertx vertx;
  static Database db;
  static String base;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static LaipChecklist checklist() {
    List<LaipNumeralCheck> ns = new ArrayList<>();
    for (int i = 1; i <= 29; i++) {
      LaipStatus s = i == 9 ? LaipStatus.NOT_VERIFIABLE : i <= 3 ? LaipStatus.CURRENT : LaipStatus.NOT_FOUND;
      ns.add(new LaipNumeralCheck(i, "Numeral " + i, "monthly", s,
          i == 9 ? List.of(BLOCKED) : i <= 3 ? List.of("http://p.test/n" + i + ".pdf") : List.of(), List.of(),
          i <= 3 ? "2025-05" : null));
    }
    return new LaipChecklist("http://p.test/ipo", "sections", Instant.parse("2025-06-03T00:00:00Z"), ns,
        List.of(new HarvestIssue("laip.robots_disallowed", BLOCKED, "numeral 9: bloqueado")));
  }

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    join(new RegistryRepository(db.pool()).upsert(List.of(new Institution("MUNIC", "Municipalidad C", "muni", null)),
        List.of()));
    LaipRepository laip = new LaipRepository(db.pool());
    join(laip.save("MUNIC", checklist()));
    Router router = Router.router(vertx);
    new LaipApi(laip, false).mount(router);
    router.route().failureHandler(new ProblemHandler());
    base = "http://127.0.0.1:" + join(vertx.createHttpServer().requestHandler(router).listen(0)).actualPort();
  }

  @AfterAll
  static void stop() {
    db.close();
    join(vertx.close());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theApiGivesTheStatusAndWhyItCouldNotBeChecked() throws Exception {
    JsonObject c = new JsonObject(get("/api/v1/laip/institutions/MUNIC").body());
    JsonObject n9 = c.getJsonArray("numerals").getJsonObject(8);
    assertThat(n9.getString("status")).isEqualTo("not-verifiable");
    assertThat(n9.getJsonObject("statusLabel").getString("es")).isEqualTo("No verificable automáticamente");
    assertThat(n9.getJsonArray("brokenLinks")).isEmpty();
    JsonObject why = n9.getJsonArray("unverifiable").getJsonObject(0);
    assertThat(why.getString("url")).isEqualTo(BLOCKED);
    assertThat(why.getString("reason")).isEqualTo("robots");
    assertThat(why.getJsonObject("reasonLabel").getString("es")).contains("robots.txt");
    assertThat(c.getJsonObject("counts").getLong("notVerifiable")).isEqualTo(1);
    assertThat(c.getJsonObject("counts").getLong("broken")).isZero();
    assertThat(c.getDouble("compliancePercent")).isEqualTo(Math.round(1000.0 * 3 / 29) / 10.0);
  }

  @Test
  void theRankingCountsItApartFromBrokenAndNotFound() throws Exception {
    JsonObject row = new JsonObject(get("/api/v1/laip/ranking").body()).getJsonArray("institutions").getJsonObject(0);
    assertThat(row.getJsonObject("counts").getMap()).containsEntry("current", 3).containsEntry("broken", 0)
        .containsEntry("notFound", 25).containsEntry("notVerifiable", 1);
  }

  @Test
  void theCsvAndHtmlReportsSayItCouldNotBeCheckedAndWhy() throws Exception {
    String csv = get("/api/v1/laip/institutions/MUNIC/report.csv").body();
    assertThat(csv.lines().findFirst()).get().asString().endsWith(",\"motivo de no verificable / why not verifiable\"");
    assertThat(csv).contains("MUNIC,2025-06,9,Numeral 9,monthly,not-verifiable,No verificable automáticamente / Could not be checked automatically,,"
        + BLOCKED + ",,bloqueado por el robots.txt del portal: no se revisó (" + BLOCKED + ")");
    String html = get("/api/v1/laip/institutions/MUNIC/report.html").body();
    assertThat(html).contains("<tr class=\"not-verifiable\">").contains("No verificables automáticamente / could not be checked: 1")
        .contains("bloqueado por el robots.txt del portal");
  }
}
