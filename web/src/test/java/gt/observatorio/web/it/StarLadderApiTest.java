package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 5-estrellas profile gives each distribution its star ladder, table-driven over a CKAN fixture
 * ({@code ckan/cinco-estrellas}) crawled and probed for real: the stars follow CKAN QA's table
 * ({@code /work/shared/reference/ckanext_qa_format_stars.csv}: PDF 1, XLS 2, CSV and JSON 3, Turtle 5, HTML 0, a broken
 * link 0, a licence that is not open 0), and each star says whether it is met, what decided it, the value seen and
 * where.
 */
class StarLadderApiTest {
  private static FixturePortal portal;
  private static Observatory obs;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    portal = new FixturePortal();
    portal.catalog("/", FixturePortal.read("ckan/cinco-estrellas/package_search.json")
        .replace("{{base}}", portal.baseUrl()).replace("{{recent}}", LocalDate.now().toString()));
    serve("informe.pdf", "application/pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    serve("tabla.xls", "application/vnd.ms-excel", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0});
    serve("tabla.csv", "text/csv", "departamento,casos\nGuatemala,12\nPetén,3\n".getBytes(StandardCharsets.UTF_8));
    serve("tabla.json", "application/json", "[{\"departamento\":\"Guatemala\",\"casos\":12}]".getBytes(StandardCharsets.UTF_8));
    serve("grafo.ttl", "text/turtle", ("@prefix ex: <http://example.org/> .\n"
        + "ex:guatemala ex:casos \"12\" .\n").getBytes(StandardCharsets.UTF_8));
    serve("pagina.html", "text/html", "<!DOCTYPE html><html><head><title>Datos</title></head><body>Datos</body></html>"
        .getBytes(StandardCharsets.UTF_8));
    portal.server().stubFor(any(urlPathEqualTo("/archivos/perdida.csv")).willReturn(aResponse().withStatus(404)));
    obs = portal.observe(new Institution("MSPAS", "Ministerio de Salud", "ministerio", "salud"));
    api = new ApiClient(obs.serve(TestSettings.web()).await());
  }

  private static void serve(String file, String type, byte[] body) {
    portal.server().stubFor(any(urlPathEqualTo("/archivos/" + file))
        .willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  @AfterAll
  static void stop() {
    if (obs != null) {
      obs.close();
    }
    portal.close();
  }

  /** The distribution of the dataset titled {@code title} whose title is {@code distribution}, as the 5-estrellas profile gives it. */
  private static JsonObject distribution(String title, String distribution) {
    long id = api.get("/api/v1/institutions/MSPAS/datasets?profile=5-estrellas").getJsonArray("datasets").stream()
        .map(JsonObject.class::cast).filter(d -> d.getString("title").equals(title)).findFirst().orElseThrow()
        .getLong("id");
    return api.get("/api/v1/datasets/" + id + "?profile=5-estrellas").getJsonObject("dataset")
        .getJsonArray("distributionList").stream().map(JsonObject.class::cast)
        .filter(d -> d.getString("title").equals(distribution)).findFirst().orElseThrow();
  }

  /**
   * Each fixture: dataset, distribution, expected stars, the basis and value that decided the first star missing (or
   * star 1 when all five are met), and the highest star whose own requirement holds.
   */
  static Stream<Arguments> fixtures() {
    String open = "Formatos con licencia abierta";
    return Stream.of(
        Arguments.of(open, "Informe (PDF)", 1, "PDF", 1),
        Arguments.of(open, "Tabla (XLS)", 2, "XLS", 2),
        Arguments.of(open, "Tabla (CSV)", 3, "CSV", 3),
        Arguments.of(open, "Tabla (JSON)", 3, "JSON", 3),
        Arguments.of(open, "Grafo (Turtle)", 5, "cc-by", 5),
        Arguments.of(open, "Página (HTML)", 0, "HTML", 0),
        Arguments.of(open, "Tabla perdida (CSV)", 0, "client_error HTTP 404", 3),
        Arguments.of("CSV con licencia no comercial", "Tabla (CSV)", 0, "cc-nc", 3));
  }

  @ParameterizedTest(name = "{1} of \"{0}\": {2} stars")
  @MethodSource("fixtures")
  void eachDistributionGetsItsStarsAndTheEvidenceOfEachStar(String title, String dist, int stars, String decisive,
      int requirementsHeld) {
    JsonObject ladder = distribution(title, dist).getJsonObject("stars");
    assertThat(ladder.getInteger("count")).as("stars of " + dist).isEqualTo(stars);
    JsonArray steps = ladder.getJsonArray("steps");
    assertThat(steps).hasSize(5);
    for (int k = 1; k <= 5; k++) {
      JsonObject s = steps.getJsonObject(k - 1);
      assertThat(s.getInteger("star")).isEqualTo(k);
      assertThat(s.getString("requirement")).isEqualTo(
          List.of("open-licence", "machine-readable", "open-format", "uri-rdf", "linked-data").get(k - 1));
      assertThat(s.getBoolean("met")).as("star " + k + " met").isEqualTo(k <= stars);
      assertThat(s.getString("evidence")).as("evidence path of star " + k).matches("(distributions\\[\\d+]|dataset)\\.\\w+(\\.\\w+)?");
      if (k >= 2) {
        assertThat(s.getBoolean("requirementMet")).as("requirement of star " + k).isEqualTo(k <= requirementsHeld);
      }
    }
    JsonObject decided = steps.getJsonObject(Math.min(stars, 4));
    if (stars == 5) {
      decided = steps.getJsonObject(0);
    }
    assertThat(decided.getString("observed")).as("what decided the first star missing").isEqualTo(decisive);
  }

  @Test
  void aLicenceThatIsNotOpenDecidesTheFirstStarWhileTheFormatWouldGiveThree() {
    JsonArray steps = distribution("CSV con licencia no comercial", "Tabla (CSV)").getJsonObject("stars")
        .getJsonArray("steps");
    JsonObject first = steps.getJsonObject(0);
    assertThat(first.getString("basis")).isEqualTo("licence");
    assertThat(first.getBoolean("requirementMet")).isFalse();
    assertThat(first.getString("evidence")).endsWith("license");
    assertThat(steps.getJsonObject(2).getBoolean("requirementMet")).isTrue();
    assertThat(steps.getJsonObject(2).getBoolean("met")).isFalse();
  }

  @Test
  void aBrokenLinkDecidesTheFirstStarByTheLinksPath() {
    JsonObject first = distribution("Formatos con licencia abierta", "Tabla perdida (CSV)").getJsonObject("stars")
        .getJsonArray("steps").getJsonObject(0);
    assertThat(first.getString("basis")).isEqualTo("broken-link");
    assertThat(first.getString("evidence")).matches("distributions\\[\\d+]\\.(downloadUrl|accessUrl)");
  }

  @Test
  void otherProfilesGiveNoLadder() {
    long id = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets").getJsonObject(0).getLong("id");
    for (Object d : api.get("/api/v1/datasets/" + id + "?profile=observatorio").getJsonObject("dataset")
        .getJsonArray("distributionList")) {
      assertThat(((JsonObject) d).containsKey("stars")).isFalse();
    }
  }
}
