package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** The read-only API v1 over the demo's published weeks: shapes, exports, caching, CORS, DQV, contract. */
class PublicApiTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();
  private static ApiClient api;
  private static String base;

  @BeforeAll
  static void start() {
    int port = SharedDemo.get().port();
    api = new ApiClient(port);
    base = "http://127.0.0.1:" + port;
  }

  private static HttpResponse<String> send(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long someDatasetId() {
    return api.get("/api/v1/institutions/DEMI/datasets").getJsonArray("datasets").getJsonObject(0).getLong("id");
  }

  @Test
  void rankingsFilterBySectorAndSortByDimension() {
    JsonArray all = api.get("/api/v1/rankings").getJsonArray("institutions");
    String sector = all.getJsonObject(0).getString("sector");
    JsonArray filtered = api.get("/api/v1/rankings?sector=" + sector).getJsonArray("institutions");
    assertThat(filtered).isNotEmpty().hasSizeLessThanOrEqualTo(all.size());
    filtered.forEach(o -> assertThat(((JsonObject) o).getString("sector")).isEqualTo(sector));
    JsonArray byFormat = api.get("/api/v1/rankings?dimension=format").getJsonArray("institutions");
    for (int i = 1; i < byFormat.size(); i++) {
      assertThat(byFormat.getJsonObject(i - 1).getJsonObject("dimensions").getDouble("format"))
          .isGreaterThanOrEqualTo(byFormat.getJsonObject(i).getJsonObject("dimensions").getDouble("format"));
    }
  }

  @Test
  void mqaShowsItsFiveDimensionsInPointsWithItsRatingBandsInSpanishAndEnglish() throws Exception {
    JsonObject r = api.get("/api/v1/rankings?profile=mqa");
    List<JsonObject> info = r.getJsonArray("dimensionInfo").stream().map(JsonObject.class::cast).toList();
    assertThat(info).extracting(d -> d.getString("id"))
        .containsExactly("findability", "accessibility", "interoperability", "reusability", "contextuality");
    assertThat(info).allSatisfy(d -> assertThat(d.getJsonObject("scale").getString("kind")).isEqualTo("points"));
    assertThat(info.stream().mapToDouble(d -> d.getJsonObject("scale").getDouble("max")).sum()).isEqualTo(405.0);
    assertThat(r.getJsonArray("ratings").stream().map(JsonObject.class::cast)
        .map(b -> b.getString("id") + "=" + b.getJsonObject("label").getString("es")))
        .containsExactly("Bad=Malo", "Sufficient=Suficiente", "Good=Bueno", "Excellent=Excelente");
    JsonArray rows = r.getJsonArray("institutions");
    assertThat(rows).isNotEmpty();
    for (Object o : rows) {
      JsonObject dims = ((JsonObject) o).getJsonObject("dimensions");
      assertThat(dims.fieldNames()).containsExactlyInAnyOrder("findability", "accessibility", "interoperability",
          "reusability", "contextuality");
      assertThat(dims.getDouble("findability")).isBetween(0.0, 100.0);
      assertThat(dims.getDouble("interoperability")).isBetween(0.0, 110.0);
    }
    assertThat(api.get("/api/v1/rankings?profile=mqa&dimension=reusability").getString("sortedBy")).isEqualTo("reusability");
    assertThat(send("/api/v1/rankings?profile=mqa&dimension=format", Map.of()).statusCode()).isEqualTo(400);
    assertThat(send("/api/v1/rankings.csv?profile=mqa", Map.of()).body().lines().findFirst().orElseThrow())
        .contains("\"puntaje / score\",\"Localización / Findability\",\"Accesibilidad / Accessibility\","
            + "\"Interoperabilidad / Interoperability\",\"Reutilización / Reusability\",\"Contexto / Contextuality\","
            + "\"conjuntos de datos / datasets\"");
  }

  @Test
  void fiveStarsShowsStarsFromZeroToFive() {
    JsonObject r = api.get("/api/v1/rankings?profile=5-estrellas");
    JsonObject info = r.getJsonArray("dimensionInfo").getJsonObject(0);
    assertThat(r.getJsonArray("dimensionInfo")).hasSize(1);
    assertThat(info.getString("id")).isEqualTo("stars");
    assertThat(info.getJsonObject("scale").getString("kind")).isEqualTo("stars");
    assertThat(info.getJsonObject("scale").getDouble("max")).isEqualTo(5.0);
    for (Object o : r.getJsonArray("institutions")) {
      JsonObject dims = ((JsonObject) o).getJsonObject("dimensions");
      assertThat(dims.fieldNames()).containsExactly("stars");
      if (dims.getValue("stars") != null) {
        assertThat(dims.getDouble("stars")).isBetween(0.0, 5.0);
      }
    }
  }

  @Test
  void everyPublishedWeekHasItsRankingAsAPermalink() {
    JsonArray weeks = api.get("/api/v1/weeks").getJsonArray("weeks");
    assertThat(weeks).hasSize(SharedDemo.WEEKS);
    String oldest = weeks.getString(weeks.size() - 1);
    JsonObject r = api.get("/api/v1/rankings?week=" + oldest);
    assertThat(r.getString("week")).isEqualTo(oldest);
    assertThat(r.getJsonArray("institutions")).isNotEmpty();
    assertThat(api.get("/api/v1/averages").getJsonArray("points")).hasSize(SharedDemo.WEEKS);
  }

  @Test
  void datasetsPaginateAndFilterByDimensionOfTheirFindings() {
    JsonObject all = api.get("/api/v1/institutions/DEMI/datasets");
    int total = all.getJsonArray("datasets").size();
    JsonObject page = api.get("/api/v1/institutions/DEMI/datasets?page=2&size=2");
    assertThat(page.getInteger("total")).isEqualTo(total);
    assertThat(page.getJsonArray("datasets").getJsonObject(0).getLong("id"))
        .isEqualTo(all.getJsonArray("datasets").getJsonObject(2).getLong("id"));
    JsonArray licensing = api.get("/api/v1/institutions/DEMI/datasets?dimension=licensing").getJsonArray("datasets");
    licensing.forEach(d -> assertThat(((JsonObject) d).getJsonArray("findings").stream()
        .anyMatch(f -> "licensing".equals(((JsonObject) f).getString("dimension")))).isTrue());
  }

  @Test
  void aDatasetHasItsFindingsWithAdviceAndOneHistoryPointPerWeek() {
    long id = someDatasetId();
    JsonObject d = api.get("/api/v1/datasets/" + id);
    assertThat(d.getJsonObject("institution").getString("code")).isEqualTo("DEMI");
    assertThat(d.getJsonObject("dataset").getJsonArray("rules")).isNotEmpty();
    assertThat(api.get("/api/v1/datasets/" + id + "/history").getJsonArray("points")).hasSize(SharedDemo.WEEKS);
  }

  @Test
  void csvExportsAreUtf8WithBomAndOneRowPerInstitution() throws Exception {
    HttpResponse<String> r = send("/api/v1/rankings.csv", Map.of());
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("text/csv");
    assertThat(r.headers().firstValue("content-disposition")).get().asString().contains("attachment");
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFF\"posición / rank\"");
    assertThat(lines).hasSize(api.get("/api/v1/rankings").getJsonArray("institutions").size() + 1);
    String findings = send("/api/v1/institutions/DEMI/findings.csv", Map.of()).body();
    assertThat(findings).contains("consejo (español) / advice (Spanish)").contains("\r\n");
  }

  @Test
  void everyExportOfTheSimulatedDemoSaysSimulated() throws Exception {
    long id = someDatasetId();
    List<String> csvs = new java.util.ArrayList<>(List.of("/api/v1/rankings.csv", "/api/v1/rankings.csv?profile=mqa",
        "/api/v1/institutions/DEMI/history.csv", "/api/v1/institutions/DEMI/datasets.csv",
        "/api/v1/institutions/DEMI/findings.csv", "/api/v1/datasets.csv", "/api/v1/datasets/" + id + "/history.csv",
        "/api/v1/maturity.csv"));
    JsonArray laip = api.get("/api/v1/laip/ranking").getJsonArray("institutions");
    assertThat(laip).isNotEmpty();
    csvs.add("/api/v1/laip/institutions/" + laip.getJsonObject(0).getString("institution") + "/report.csv");
    for (String path : csvs) {
      HttpResponse<String> r = send(path, Map.of());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      List<String> lines = r.body().lines().toList();
      assertThat(lines.get(0)).as(path).endsWith(",\"simulado / simulated\"");
      assertThat(lines.subList(1, lines.size())).as(path).isNotEmpty()
          .allSatisfy(l -> assertThat(l).endsWith(",\"sí / yes\""));
    }
    for (String path : List.of("/api/v1/rankings", "/api/v1/averages", "/api/v1/datasets", "/api/v1/datasets/" + id,
        "/api/v1/institutions/DEMI/history", "/api/v1/institutions/DEMI/datasets", "/api/v1/maturity",
        "/api/v1/laip/ranking")) {
      assertThat(api.get(path).getBoolean("simulated")).as(path).isTrue();
    }
    assertThat(send("/api/v1/institutions/DEMI/dqv.ttl", Map.of()).body()).startsWith("# Datos simulados");
  }

  @Test
  void answersCarryAnEtagAndRevalidateWith304() throws Exception {
    HttpResponse<String> first = send("/api/v1/rankings", Map.of());
    String etag = first.headers().firstValue("etag").orElseThrow();
    assertThat(first.headers().firstValue("cache-control")).get().asString().startsWith("public, max-age=");
    HttpResponse<String> again = send("/api/v1/rankings", Map.of("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void theReadOnlyApiAllowsCrossOriginReads() throws Exception {
    HttpResponse<String> r = send("/api/v1/rankings", Map.of("Origin", "https://example.org"));
    assertThat(r.headers().firstValue("access-control-allow-origin")).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"jsonld", "ttl"})
  void dqvMeasurementsParseWithAnRdfLibraryAndSaySimulatedInTheGraph(String ext) throws Exception {
    RDFFormat format = ext.equals("ttl") ? RDFFormat.TURTLE : RDFFormat.JSONLD;
    var vf = SimpleValueFactory.getInstance();
    var measurement = vf.createIRI("http://www.w3.org/ns/dqv#QualityMeasurement");
    var simulated = vf.createIRI(base + "/api/v1/methodology#simulated");
    for (String path : List.of("/api/v1/datasets/" + someDatasetId() + "/dqv." + ext, "/api/v1/institutions/DEMI/dqv." + ext,
        "/api/v1/institutions/DEMI/maturity/dqv." + ext)) {
      String body = send(path, Map.of()).body();
      Model m = Rio.parse(new StringReader(ext.equals("ttl") ? body.lines().filter(l -> !l.startsWith("#"))
          .collect(java.util.stream.Collectors.joining("\n")) : body), base, format);
      var measurements = m.filter(null, RDF.TYPE, measurement).subjects();
      assertThat(measurements.size()).as(path).isGreaterThanOrEqualTo(path.contains("maturity") ? 1 : 6);
      assertThat(measurements).as(path + ": each measurement marked simulated, comments aside")
          .allSatisfy(x -> assertThat(m.contains(x, simulated, vf.createLiteral(true))).isTrue());
      assertThat(m.filter(null, vf.createIRI("http://www.w3.org/ns/dqv#computedOn"), null).objects()).as(path)
          .allSatisfy(x -> assertThat(m.contains((org.eclipse.rdf4j.model.Resource) x, simulated, vf.createLiteral(true))).isTrue());
      assertThat(m.contains(simulated, org.eclipse.rdf4j.model.vocabulary.RDFS.LABEL, vf.createLiteral("simulated", "en")))
          .as(path + ": the property described in the graph").isTrue();
    }
  }

  @Test
  void searchFindsInstitutionsAndDatasetsByName() {
    JsonArray results = api.get("/api/v1/search?q=mujer").getJsonArray("institutions");
    assertThat(results.stream().map(o -> ((JsonObject) o).getString("code"))).contains("DEMI");
  }

  private static List<String> names(JsonObject r, String group, String field) {
    return r.getJsonArray(group).stream().map(o -> ((JsonObject) o).getValue(field))
        .map(String::valueOf).toList();
  }

  @Test
  void searchIgnoresAccentsAndCaseInEveryGroup() {
    JsonObject r = api.get("/api/v1/search?q=gobernacion");
    assertThat(names(r, "institutions", "name")).contains("Ministerio de Gobernación");
    assertThat(names(api.get("/api/v1/search?q=GOBERNACI%C3%93N"), "institutions", "code")).contains("MINGOB");
    JsonObject datasets = api.get("/api/v1/search?q=produccion+agricola&limit=100");
    assertThat(names(datasets, "datasets", "title")).isNotEmpty()
        .allSatisfy(t -> assertThat(t).containsIgnoringCase("producción agrícola"));
    assertThat(names(api.get("/api/v1/search?q=Producci%C3%B3n+Agr%C3%ADcola&limit=100"), "datasets", "id"))
        .isEqualTo(names(datasets, "datasets", "id"));
    JsonObject publishers = api.get("/api/v1/search?q=mingob");
    assertThat(publishers.getJsonArray("publishers").stream().map(JsonObject.class::cast)
        .filter(p -> "MINGOB".equals(p.getString("institution")))).singleElement()
        .satisfies(p -> assertThat(p.getInteger("datasets")).isPositive());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%25", "_", "%5C", "'", "a", "100%25", "%22%3B--", "2025", "true", "%5B1%5D", "mujer+ind%C3%ADgena"})
  void searchAcceptsAnyCharacterAsText(String q) {
    JsonObject r = api.get("/api/v1/search?q=" + q);
    assertThat(r.getJsonArray("institutions")).isNotNull();
    assertThat(r.getJsonArray("datasets")).isNotNull();
    assertThat(r.getJsonArray("publishers")).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%25", "_"})
  void wildcardsAreSearchedAsThemselves(String q) {
    String text = java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8);
    JsonObject r = api.get("/api/v1/search?q=" + q + "&limit=100");
    assertThat(names(r, "institutions", "name")).allSatisfy(n -> assertThat(n).contains(text));
    assertThat(names(r, "datasets", "title")).allSatisfy(n -> assertThat(n).contains(text));
    assertThat(names(r, "publishers", "name")).allSatisfy(n -> assertThat(n).contains(text));
  }

  @Test
  void theMethodologyComesFromTheRuleFile() {
    JsonObject m = api.get("/api/v1/methodology/observatorio");
    assertThat(m.getJsonArray("rules").stream().map(r -> ((JsonObject) r).getString("id"))).contains("licensing.open");
    assertThat(m.getJsonObject("title").getString("es")).isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentDescribesEveryPublicRoute() throws Exception {
    Map<String, Object> doc = new Yaml().load(send("/api/openapi.yaml", Map.of()).body());
    assertThat(doc.get("openapi").toString()).startsWith("3.");
    Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
    assertThat(paths).containsKeys("/api/v1/rankings", "/api/v1/rankings.csv", "/api/v1/institutions/{code}/history",
        "/api/v1/institutions/{code}/datasets", "/api/v1/datasets/{id}", "/api/v1/datasets/{id}/dqv.ttl",
        "/api/v1/runs", "/api/v1/sources", "/api/v1/search", "/api/v1/methodology", "/health/live", "/health/ready");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/v1/institutions/DEMI/datasets?page=abc", "/api/v1/rankings?dimension=Taste%21",
      "/api/v1/datasets/-3/history", "/api/v1/rankings?week=2025-3", "/api/v1/search?q="})
  void requestsAreValidatedAgainstTheOpenApiContract(String path) throws Exception {
    HttpResponse<String> r = send(path, Map.of());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(new JsonObject(r.body()).getString("detail_en")).contains("OpenAPI contract");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/api/v1/datasets/abc, 400", "/api/v1/datasets/0, 400", "/api/v1/datasets/99999999, 404",
    "/api/v1/datasets/99999999999999999999, 400", "/api/v1/datasets/1/history?profile=x, 400",
    "/api/v1/rankings?dimension=taste, 400", "/api/v1/rankings?sector=%3Cb%3E, 400",
    "/api/v1/rankings.csv?week=W, 400", "/api/v1/institutions/DEMI/datasets?page=0, 400",
    "/api/v1/institutions/DEMI/datasets?size=100000, 400", "/api/v1/search?q=%20, 400", "/api/v1/search, 400",
    "/api/v1/movers?limit=0, 400", "/api/v1/methodology/nope, 404", "/api/v1/institutions/DEMI/dqv.ttl?profile=%ff, 400",
    "/api/v1/institutions/NOPE/findings.csv, 404"})
  void malformedRequestsAreAProblemNeverA5xx(String path, int status) throws Exception {
    HttpResponse<String> r = send(path, Map.of());
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
  }
}
