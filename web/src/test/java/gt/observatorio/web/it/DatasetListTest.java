package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The global list of datasets over the demo's published weeks, checked against the per-institution lists. */
class DatasetListTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = new ApiClient(SharedDemo.get().port());
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("datasets").stream().map(JsonObject.class::cast).toList();
  }

  private static long perInstitutionTotal(String query) {
    long sum = 0;
    for (Object o : api.get("/api/v1/institutions").getJsonArray("institutions")) {
      String code = ((JsonObject) o).getString("code");
      sum += api.get("/api/v1/institutions/" + code + "/datasets?size=1" + query).getLong("total");
    }
    return sum;
  }

  @Test
  void everyInstitutionsLatestDatasetsAreListedOnce() {
    JsonObject all = api.get("/api/v1/datasets?size=500");
    assertThat(all.getLong("total")).isPositive().isEqualTo(perInstitutionTotal(""));
    List<Long> ids = items(all).stream().map(d -> d.getLong("id")).toList();
    assertThat(ids).doesNotHaveDuplicates();
    String code = items(all).get(0).getString("institution");
    JsonObject one = api.get("/api/v1/datasets?size=500&institution=" + code);
    assertThat(items(one)).allSatisfy(d -> assertThat(d.getString("institution")).isEqualTo(code));
    assertThat(items(one).stream().map(d -> d.getLong("id")).collect(Collectors.toSet())).isEqualTo(
        api.get("/api/v1/institutions/" + code + "/datasets").getJsonArray("datasets").stream()
            .map(d -> ((JsonObject) d).getLong("id")).collect(Collectors.toSet()));
  }

  @Test
  void findingAndDimensionFiltersAgreeWithThePerInstitutionLists() {
    JsonObject first = api.get("/api/v1/datasets?sort=-score&size=1");
    long id = items(first).get(0).getLong("id");
    JsonArray findings = api.get("/api/v1/datasets/" + id).getJsonObject("dataset").getJsonArray("findings");
    assertThat(findings).as("the lowest-scored dataset has findings").isNotEmpty();
    String rule = findings.getJsonObject(0).getString("rule");
    String dimension = findings.getJsonObject(0).getString("dimension");
    JsonObject byRule = api.get("/api/v1/datasets?size=500&finding=" + rule);
    assertThat(byRule.getLong("total")).isPositive().isEqualTo(perInstitutionTotal("&finding=" + rule));
    assertThat(items(byRule).stream().map(d -> d.getLong("id"))).contains(id);
    assertThat(api.get("/api/v1/datasets?size=1&dimension=" + dimension).getLong("total"))
        .isEqualTo(perInstitutionTotal("&dimension=" + dimension));
  }

  @Test
  void sortsAndPagesAreConsistent() {
    List<Double> desc = items(api.get("/api/v1/datasets?size=500")).stream().map(d -> d.getDouble("score")).toList();
    assertThat(desc).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<Double> asc = items(api.get("/api/v1/datasets?size=500&sort=-score")).stream().map(d -> d.getDouble("score")).toList();
    assertThat(asc).isSorted();
    List<String> modified = items(api.get("/api/v1/datasets?size=500&sort=modified")).stream()
        .map(d -> d.getString("modified")).filter(java.util.Objects::nonNull).toList();
    assertThat(modified).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    JsonObject p1 = api.get("/api/v1/datasets?size=3&page=1&sort=name");
    JsonObject p2 = api.get("/api/v1/datasets?size=3&page=2&sort=name");
    assertThat(p1.getInteger("page")).isEqualTo(1);
    assertThat(items(p1)).hasSize(3);
    Set<Long> first = items(p1).stream().map(d -> d.getLong("id")).collect(Collectors.toSet());
    assertThat(items(p2)).noneMatch(d -> first.contains(d.getLong("id")));
    JsonObject past = api.get("/api/v1/datasets?size=500&page=1000");
    assertThat(items(past)).isEmpty();
    assertThat(past.getLong("total")).isEqualTo(p1.getLong("total"));
  }

  @Test
  void scoreRangeFormatAndTextNarrowTheList() {
    List<JsonObject> all = items(api.get("/api/v1/datasets?size=500"));
    JsonObject mid = api.get("/api/v1/datasets?size=500&minScore=40&maxScore=80");
    assertThat(items(mid)).allSatisfy(d -> assertThat(d.getDouble("score")).isBetween(40.0, 80.0));
    assertThat(mid.getLong("total")).isEqualTo(all.stream().filter(d -> d.getDouble("score") >= 40
        && d.getDouble("score") <= 80).count());
    JsonObject withFormat = all.stream().filter(d -> !d.getJsonArray("formats").isEmpty()).findFirst().orElseThrow();
    String format = withFormat.getJsonArray("formats").getString(0);
    List<JsonObject> byFormat = items(api.get("/api/v1/datasets?size=500&format=" + format.toLowerCase()));
    assertThat(byFormat).isNotEmpty().allSatisfy(d -> assertThat(d.getJsonArray("formats").getList()).contains(format));
    String title = all.get(0).getString("title");
    String word = java.util.Arrays.stream(title.split("\\s+")).filter(w -> w.length() > 3).findFirst().orElse(title);
    List<JsonObject> byText = items(api.get("/api/v1/datasets?size=500&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
    assertThat(byText.stream().map(d -> d.getLong("id"))).contains(all.get(0).getLong("id"));
    assertThat(byText.size()).isLessThanOrEqualTo(all.size());
  }

  @Test
  void theCsvExportHasOneRowPerMatchingDataset() {
    HttpResponse<String> r = api.raw("/api/v1/datasets.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("text/csv");
    String[] lines = r.body().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFF").contains("\"institución / institution\"", "\"puntaje / score\"", "\"formatos / formats\"");
    assertThat(lines).hasSize((int) api.get("/api/v1/datasets?size=1").getLong("total").longValue() + 1);
  }

  @Test
  void theOpenApiDocumentDescribesTheList() {
    String doc = api.raw("/api/openapi.yaml").body();
    assertThat(doc).contains("  /api/v1/datasets:\n", "  /api/v1/datasets.csv:\n", "operationId: getDatasets\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/v1/datasets?sort=taste", "/api/v1/datasets?minScore=101", "/api/v1/datasets?format=%3Cb%3E",
      "/api/v1/datasets?size=0", "/api/v1/datasets?institution=no%20code", "/api/v1/datasets.csv?dimension=taste"})
  void badFiltersAreAProblem(String path) {
    HttpResponse<String> r = api.raw(path);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
    assertThat(new JsonObject(r.body()).getString("detail_es")).isNotBlank();
  }
}
