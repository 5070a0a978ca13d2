package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.web.Settings;
import gt.observatorio.web.demo.Demo;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo as the README runs it: 8 simulated weeks, then the API. */
class DemoTest {
  private static Demo demo;
  private static ApiClient api;
  private static String progress;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("demo-test-db");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    demo = Demo.start(Settings.forDemo(Optional.empty(), Map.of(), dir, 0), 8, new PrintStream(out, true, "UTF-8"));
    progress = out.toString("UTF-8");
    api = new ApiClient(demo.port());
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void theRankingListsAtLeastTwelveInstitutionsWithDifferentScoresAndSaysItIsSimulated() {
    JsonObject ranking = api.get("/api/v1/rankings");
    assertThat(ranking.getBoolean("simulated")).isTrue();
    JsonArray rows = ranking.getJsonArray("institutions");
    assertThat(rows.size()).isGreaterThanOrEqualTo(12);
    Set<Double> scores = new HashSet<>();
    rows.forEach(r -> scores.add(((JsonObject) r).getDouble("score")));
    assertThat(scores.size()).as("distinct scores").isGreaterThanOrEqualTo(8);
    assertThat(progress).contains("Semana / Week");
  }

  @Test
  void everyInstitutionHasEightWeeklyPointsAndScoresMoveBetweenWeeks() {
    JsonArray rows = api.get("/api/v1/rankings").getJsonArray("institutions");
    int moving = 0;
    for (Object o : rows) {
      String code = ((JsonObject) o).getString("code");
      JsonArray points = api.get("/api/v1/institutions/" + code + "/history").getJsonArray("points");
      assertThat(points).as(code).hasSize(8);
      List<Double> series = points.stream().map(p -> ((JsonObject) p).getDouble("score")).toList();
      if (new HashSet<>(series).size() > 1) {
        moving++;
      }
    }
    assertThat(moving).as("institutions whose score moved").isGreaterThanOrEqualTo(rows.size() / 2);
  }

  @Test
  void aDatasetOfTheDemoExplainsItsFindings() {
    JsonArray datasets = api.get("/api/v1/institutions/DEMI/datasets").getJsonArray("datasets");
    assertThat(datasets).isNotEmpty();
    assertThat(datasets.stream().mapToInt(d -> ((JsonObject) d).getJsonArray("findings").size()).sum()).isPositive();
  }

  @Test
  void theDemoShowsTwelveInstitutionsAtThreeOrMoreMaturityLevelsWithEvidenceAndEveryAnswerState() {
    JsonObject table = api.get("/api/v1/maturity");
    JsonArray rows = table.getJsonArray("institutions");
    assertThat(rows.size()).isGreaterThanOrEqualTo(12);
    Set<Integer> levels = new HashSet<>();
    Set<Integer> overall = new HashSet<>();
    rows.forEach(r -> overall.add(((JsonObject) r).getInteger("level")));
    assertThat(overall).as("distinct overall levels in %s", rows.encode()).hasSizeGreaterThanOrEqualTo(3);
    Set<String> states = new HashSet<>();
    for (Object o : rows) {
      String code = ((JsonObject) o).getString("institution");
      JsonObject detail = api.get("/api/v1/institutions/" + code + "/maturity");
      detail.getJsonArray("dimensions").forEach(d -> levels.add(((JsonObject) d).getInteger("level")));
      assertThat(detail.getJsonArray("criteria")).as(code).isNotEmpty()
          .allSatisfy(c -> assertThat(((JsonObject) c).getJsonObject("observed")).isNotNull());
      assertThat(detail.getJsonArray("criteria").stream().map(c -> (JsonObject) c)
          .filter(c -> c.getBoolean("met")).flatMap(c -> c.getJsonArray("evidence").stream()))
          .as("%s: met criteria carry evidence", code).isNotEmpty();
      api.get("/api/v1/institutions/" + code + "/maturity/answers").getJsonArray("answers")
          .forEach(a -> states.add(((JsonObject) a).getString("state")));
    }
    assertThat(levels).as("distinct dimension levels").hasSizeGreaterThanOrEqualTo(3);
    assertThat(states).containsExactlyInAnyOrder("accepted", "submitted", "rejected");
    assertThat(table.getJsonArray("quarters").size()).isEqualTo(2);
    assertThat(progress).contains("Madurez institucional");
  }
}
