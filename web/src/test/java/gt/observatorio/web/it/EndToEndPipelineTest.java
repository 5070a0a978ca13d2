package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.demo.SimulatedClock;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline end to end: a CKAN portal on WireMock → harvest → probe → score → store →
 * weekly ranks, on embedded PostgreSQL, read back through the HTTP API.
 */
class EndToEndPipelineTest {
  private static final Instant MONDAY = Instant.parse("2025-03-03T03:00:00Z");
  private WireMockServer portal;
  private SimulatedClock clock;
  private Observatory obs;
  private ApiClient api;

  @BeforeEach
  void start() throws IOException {
    TestDatabase.reset();
    portal = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    portal.start();
    clock = new SimulatedClock(MONDAY);
    String fixture = fixture("ckan/datos-gob-gt/package_search.json")
        .replace("{{base}}", portal.baseUrl())
        .replace("{{recent}}", LocalDate.ofInstant(MONDAY, ZoneOffset.UTC).minusDays(3).toString());
    JsonObject all = new JsonObject(fixture);
    JsonObject poorOnly = all.copy();
    JsonArray results = poorOnly.getJsonObject("result").getJsonArray("results");
    poorOnly.getJsonObject("result").put("results", new JsonArray().add(results.getJsonObject(1))).put("count", 1);
    stubCatalog("/a/", all.encode());
    stubCatalog("/b/", poorOnly.encode());
    portal.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    portal.stubFor(any(urlPathEqualTo("/dataset/movilidad/resource/r1/download/movilidad-laboral.csv"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv; charset=utf-8")
            .withHeader("Last-Modified", "Fri, 28 Feb 2025 09:00:00 GMT").withBody("departamento,total\nGuatemala,10\n")));
    portal.stubFor(any(urlPathEqualTo("/dataset/movilidad/resource/r2/download/movilidad-laboral.json"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[{\"total\":10}]")));
    portal.stubFor(head(urlPathEqualTo("/dataset/salud/resource/r3/download/establecimientos.pdf"))
        .willReturn(aResponse().withStatus(405)));
    portal.stubFor(get(urlPathEqualTo("/dataset/salud/resource/r3/download/establecimientos.pdf"))
        .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4\n%âãÏÓ\n")));
    portal.stubFor(any(urlPathEqualTo("/dataset/matricula/resource/r4/download/matricula.xlsx"))
        .willReturn(aResponse().withStatus(404)));

    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), clock, false);
    obs.registration().register(new Registry(
        List.of(new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social", "ministerio", "trabajo"),
            new Institution("MSPAS", "Ministerio de Salud Pública y Asistencia Social", "ministerio", "salud")),
        List.of(new Source("mintrab-ckan", "MINTRAB", URI.create(portal.baseUrl() + "/a/"), "ckan", null),
            new Source("mspas-ckan", "MSPAS", URI.create(portal.baseUrl() + "/b/"), "ckan", null))));
    api = new ApiClient(obs.serve(TestSettings.web()).await());
  }

  @AfterEach
  void stop() {
    obs.close();
    portal.stop();
  }

  @Test
  void aCrawlHarvestsProbesScoresStoresAndRanksTheInstitutions() {
    List<CrawlRun> runs = obs.crawls().crawlAll(obs.registration().sources());
    assertThat(runs).extracting(CrawlRun::state).containsOnly(RunState.SUCCEEDED);
    assertThat(runs).extracting(CrawlRun::datasets).containsExactlyInAnyOrder(3, 1);

    JsonObject ranking = api.get("/api/v1/rankings");
    assertThat(ranking.getString("week")).isEqualTo("2025-W10");
    JsonArray rows = ranking.getJsonArray("institutions");
    assertThat(rows).hasSize(2);
    JsonObject first = rows.getJsonObject(0);
    JsonObject second = rows.getJsonObject(1);
    assertThat(first.getString("code")).isEqualTo("MINTRAB");
    assertThat(first.getInteger("rank")).isEqualTo(1);
    assertThat(second.getInteger("rank")).isEqualTo(2);
    assertThat(first.getDouble("score")).isGreaterThan(second.getDouble("score"));
    assertThat(first.getJsonObject("dimensions").fieldNames())
        .containsExactlyInAnyOrder("format", "freshness", "licensing", "metadata", "accessibility");
  }

  @Test
  void everyLostPointOfADatasetIsExplainedWithEvidenceAndAdvice() {
    obs.crawls().crawlAll(obs.registration().sources());
    JsonArray datasets = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets");
    assertThat(datasets).hasSize(1);
    JsonObject poor = datasets.getJsonObject(0);
    assertThat(poor.getString("title")).isEqualTo("Establecimientos de salud");
    JsonArray findings = poor.getJsonArray("findings");
    assertThat(findings).isNotEmpty();
    assertThat(findings.stream().map(f -> ((JsonObject) f).getString("dimension")))
        .contains("licensing", "metadata", "format", "freshness");
    findings.forEach(f -> {
      JsonObject finding = (JsonObject) f;
      assertThat(finding.getJsonObject("advice").getString("es")).isNotBlank();
      assertThat(finding.getJsonObject("advice").getString("en")).isNotBlank();
      assertThat(finding.getString("evidence")).isNotBlank();
    });
    assertThat(poor.getJsonObject("ruleSet").getString("hash")).isNotBlank();
  }

  @Test
  void aBrokenLinkCostsAccessibilityPointsAndIsReportedWithItsUrl() {
    obs.crawls().crawlAll(obs.registration().sources());
    JsonArray datasets = api.get("/api/v1/institutions/MINTRAB/datasets").getJsonArray("datasets");
    JsonObject matricula = datasets.stream().map(JsonObject.class::cast)
        .filter(d -> d.getString("title").startsWith("Matrícula")).findFirst().orElseThrow();
    assertThat(matricula.getJsonObject("dimensions").getDouble("accessibility")).isLessThan(100.0);
    assertThat(matricula.getJsonArray("findings").stream().map(JsonObject.class::cast)
        .filter(f -> "accessibility".equals(f.getString("dimension")))
        .map(f -> f.getString("evidence")))
        .anySatisfy(e -> assertThat(e).contains("matricula.xlsx"));
  }

  @Test
  void anUnchangedDatasetIsNotStoredAgainAndEachWeekAddsOneHistoryPoint() throws SQLException {
    obs.crawls().crawlAll(obs.registration().sources());
    long versionsAfterFirst = count("dataset_version");
    clock.advance(Duration.ofDays(7));
    obs.crawls().crawlAll(obs.registration().sources());
    assertThat(count("dataset_version")).isEqualTo(versionsAfterFirst);

    JsonArray points = api.get("/api/v1/institutions/MINTRAB/history").getJsonArray("points");
    assertThat(points).extracting(p -> ((JsonObject) p).getString("week")).containsExactly("2025-W10", "2025-W11");
  }

  @Test
  void anUnreadableCatalogFailsItsRunAndLeavesTheRankingAsItWas() {
    obs.crawls().crawlAll(obs.registration().sources());
    JsonObject before = api.get("/api/v1/rankings");
    portal.stubFor(any(urlPathEqualTo("/b/api/3/action/package_search"))
        .willReturn(aResponse().withStatus(200).withBody("{ this is not json")));
    List<CrawlRun> runs = obs.crawls().crawlAll(obs.registration().sources());
    assertThat(runs).filteredOn(r -> r.sourceId().equals("mspas-ckan"))
        .singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(RunState.FAILED));
    assertThat(api.get("/api/v1/rankings?week=2025-W10")).isEqualTo(before);
  }

  private long count(String table) throws SQLException {
    try (Connection c = TestDatabase.dataSource().getConnection();
         ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void stubCatalog(String prefix, String body) {
    portal.stubFor(get(urlPathEqualTo(prefix + "api/3/action/package_search"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
    portal.stubFor(get(urlPathEqualTo(prefix + "api/3/action/status_show"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"success\":true,\"result\":{\"ckan_version\":\"2.10.4\"}}")));
  }

  static String fixture(String path) throws IOException {
    try (InputStream in = EndToEndPipelineTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
