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
}
