package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /metrics in Prometheus format with pipeline, probe, scoring, HTTP and JVM meters; liveness and readiness. */
class OpsEndpointsTest {
  private static FixturePortal portal;
  private static Observatory obs;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    portal = new FixturePortal();
    portal.catalog("/", portal.fixture(LocalDate.now().minusDays(1)));
    portal.server().stubFor(any(urlPathMatching("/dataset/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    obs.registration().register(new Registry(List.of(new Institution("MINTRAB", "Ministerio de Trabajo", "ministerio", "trabajo")),
        List.of(new Source("mintrab", "MINTRAB", URI.create(portal.baseUrl() + "/"), "ckan", null))));
    obs.crawls().crawlAll(obs.registration().sources());
    api = new ApiClient(obs.serve(TestSettings.web()).await());
    api.get("/api/v1/rankings");
  }

  @AfterAll
  static void stop() {
    obs.close();
    portal.close();
  }

  @Test
  void metricsExposeThePipelineTheProberTheScorerTheApiAndTheJvm() {
    HttpResponse<String> r = api.raw("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("text/plain");
    assertThat(r.body())
        .contains("observatorio_crawl_runs_total{application=\"observatorio\",state=\"succeeded\"}")
        .contains("observatorio_crawl_duration_seconds")
        .contains("observatorio_probes_total{application=\"observatorio\",outcome=\"reachable\"}")
        .contains("observatorio_robots_denials_total")
        .contains("observatorio_probe_queue")
        .contains("observatorio_crawl_queue")
        .contains("observatorio_scoring_datasets_total{application=\"observatorio\",profile=\"observatorio\"} 3.0")
        .contains("vertx_http_server_requests_total")
        .containsPattern("vertx_http_server_requests_total\\{[^}]*route=\"[^\"]*/api/v1/rankings\"")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void noMetricIsTaggedWithAUrlOrADatasetId() {
    String body = api.raw("/metrics").body();
    assertThat(body).doesNotContain(portal.baseUrl()).doesNotContain("movilidad-laboral");
  }

  @Test
  void livenessAndReadinessReportTheirChecks() {
    assertThat(api.get("/health/live").getString("status")).isEqualTo("UP");
    JsonObject ready = api.get("/health/ready");
    assertThat(ready.getString("status")).isEqualTo("UP");
    assertThat(ready.getJsonObject("checks").getString("database")).isEqualTo("UP");
    assertThat(ready.getJsonObject("checks").getString("migrations")).isEqualTo("UP");
    assertThat(ready.getJsonObject("checks").getString("scheduler")).isEqualTo("DISABLED");
  }

  @Test
  void theSiteServesAFaviconAndAWebManifestThatItsPagesLink() {
    HttpResponse<String> ico = api.raw("/favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(200);
    assertThat(ico.headers().firstValue("content-type")).get().asString().contains("icon");
    assertThat(api.raw("/favicon.svg").statusCode()).isEqualTo(200);
    HttpResponse<String> manifest = api.raw("/manifest.webmanifest");
    assertThat(manifest.statusCode()).isEqualTo(200);
    JsonObject m = new JsonObject(manifest.body());
    assertThat(m.getString("name")).isEqualTo("Observatorio de Datos Abiertos de Guatemala");
    assertThat(m.getJsonArray("icons")).isNotEmpty();
    for (String page : List.of("/", "/laip.html", "/plan.html")) {
      assertThat(api.raw(page).body()).as(page)
          .contains("rel=\"manifest\" href=\"/manifest.webmanifest\"").contains("href=\"/favicon.ico\"");
    }
  }

  @Test
  void problemDetailsFollowTheReadersLanguage() {
    String[][] cases = {
        {"/api/v1/no-such-thing", null, "es", "No existe ese recurso."},
        {"/api/v1/no-such-thing?lang=en", null, "en", "No such resource."},
        {"/api/v1/no-such-thing", "en-GB,en;q=0.9", "en", "No such resource."},
        {"/api/v1/no-such-thing", "es-GT,es;q=0.9,en;q=0.8", "es", "No existe ese recurso."},
        {"/api/v1/no-such-thing?lang=es", "en", "es", "No existe ese recurso."},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = c[1] == null ? api.raw(c[0]) : api.raw(c[0], "Accept-Language", c[1]);
      JsonObject problem = new JsonObject(r.body());
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.headers().firstValue("content-language")).as(c[0] + " " + c[1]).contains(c[2]);
      assertThat(problem.getString("detail")).as(c[0] + " " + c[1]).isEqualTo(c[3]);
      assertThat(problem.getString("detail_es")).isEqualTo("No existe ese recurso.");
      assertThat(problem.getString("detail_en")).isEqualTo("No such resource.");
    }
  }
}
