package gt.observatorio.web.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harvest, probe and score commands print one JSON object per result with the documented fields. */
class CommandLineOutputTest {
  private WireMockServer portal;
  private final Cli cli = new Cli();

  @BeforeEach
  void start() throws IOException {
    portal = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    portal.start();
    String body;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("ckan/datos-gob-gt/package_search.json")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", portal.baseUrl())
          .replace("{{recent}}", LocalDate.now().minusDays(2).toString());
    }
    portal.stubFor(get(urlPathEqualTo("/api/3/action/package_search"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    portal.stubFor(get(urlPathEqualTo("/api/3/action/status_show"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"success\":true,\"result\":{}}")));
    portal.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    portal.stubFor(any(urlPathEqualTo("/datos.csv")).willReturn(aResponse()
        .withHeader("Content-Type", "application/octet-stream").withBody("departamento,total\nPetén,4\n")));
    portal.stubFor(any(urlPathEqualTo("/falta.csv")).willReturn(aResponse().withStatus(404)));
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @Test
  void harvestPrintsOneJsonLinePerDatasetAndTheSummaryOnStandardError() {
    assertThat(cli.run("harvest", portal.baseUrl() + "/", "--kind", "ckan", "--json", "--allow-private-addresses")).isZero();
    List<JsonObject> datasets = cli.jsonLines();
    assertThat(datasets).hasSize(3);
    JsonObject first = datasets.get(0);
    assertThat(first.fieldNames()).contains("id", "title", "publisher", "license", "modified", "accrualPeriodicity",
        "distributions");
    assertThat(first.getString("publisher")).isEqualTo("Ministerio de Trabajo y Previsión Social");
    assertThat(first.getString("accrualPeriodicity")).isEqualTo("mensual");
    JsonObject dist = first.getJsonArray("distributions").getJsonObject(0);
    assertThat(dist.fieldNames()).contains("accessUrl", "downloadUrl", "format", "mediaType");
    assertThat(dist.getString("format")).isEqualTo("CSV");
    assertThat(cli.err()).contains("datasets: 3");
  }

  @Test
  void harvestRefusesLoopbackWithoutTheFlag() {
    assertThat(cli.run("harvest", portal.baseUrl() + "/", "--kind", "ckan", "--json")).isEqualTo(ExitCodes.FAILURE);
    assertThat(cli.jsonLines()).isEmpty();
  }

  @Test
  void probePrintsWhatEachUrlReallyServes() {
    assertThat(cli.run("probe", "--json", "--allow-private-addresses", portal.baseUrl() + "/datos.csv",
        portal.baseUrl() + "/falta.csv")).isEqualTo(ExitCodes.FAILURE);
    List<JsonObject> results = cli.jsonLines();
    assertThat(results).hasSize(2);
    JsonObject ok = results.get(0);
    assertThat(ok.fieldNames()).contains("url", "outcome", "httpStatus", "finalUrl", "declaredContentType",
        "sniffedContentType", "format");
    assertThat(ok.getString("outcome")).isEqualTo("reachable");
    assertThat(ok.getInteger("httpStatus")).isEqualTo(200);
    assertThat(ok.getString("format")).isEqualTo("CSV");
    assertThat(results.get(1).getString("outcome")).isEqualTo("client_error");
    assertThat(results.get(1).getInteger("httpStatus")).isEqualTo(404);
  }

  @Test
  void scoreWithoutProbingMarksTheLinkRulesAsNotMeasured() {
    assertThat(cli.run("score", portal.baseUrl() + "/", "--kind", "ckan", "--json", "--no-probe",
        "--allow-private-addresses")).isZero();
    List<JsonObject> scores = cli.jsonLines();
    assertThat(scores).hasSize(3);
    JsonObject poor = scores.stream().filter(s -> s.getString("title").equals("Establecimientos de salud"))
        .findFirst().orElseThrow();
    assertThat(poor.fieldNames()).contains("id", "title", "profile", "score", "maxScore", "rating", "rules", "findings");
    assertThat(poor.getString("profile")).isEqualTo("observatorio");
    assertThat(poor.getJsonArray("rules").stream().map(JsonObject.class::cast))
        .anySatisfy(r -> assertThat(r.getBoolean("measured")).isFalse())
        .allSatisfy(r -> assertThat(r.fieldNames()).contains("id", "points", "maxPoints", "measured"));
    assertThat(poor.getJsonArray("findings")).isNotEmpty();
    assertThat(poor.getDouble("score")).isLessThan(scores.get(0).getDouble("score"));
  }

  @Test
  void scoreFailsBelowAThresholdWithItsOwnExitCode() {
    assertThat(cli.run("score", portal.baseUrl() + "/", "--kind", "ckan", "--no-probe", "--fail-below", "99",
        "--allow-private-addresses")).isEqualTo(ExitCodes.FINDINGS);
    assertThat(cli.out()).contains("cómo mejorar").contains("how to improve");
  }
}
