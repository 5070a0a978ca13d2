package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ranking's trend lines in one request ({@code /api/v1/rankings/trends}) over the demo's published weeks,
 * checked against what the dashboard used to ask: one history per institution.
 */
class RankingTrendsTest {
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = new ApiClient(SharedDemo.get().port());
  }

  /** The scores an institution's own history gives for the given weeks, null where it has none. */
  private static List<Double> fromHistory(String code, List<String> weeks) {
    Map<String, Double> byWeek = new HashMap<>();
    for (Object o : api.get("/api/v1/institutions/" + code + "/history").getJsonArray("points")) {
      JsonObject p = (JsonObject) o;
      byWeek.put(p.getString("week"), p.getDouble("score"));
    }
    List<Double> out = new ArrayList<>();
    weeks.forEach(w -> out.add(byWeek.get(w)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> weeks(JsonObject answer) {
    return answer.getJsonArray("weeks").getList();
  }

  @Test
  void everyRankedInstitutionHasTheScoresOfItsHistoryInRankOrder() {
    JsonObject ranking = api.get("/api/v1/rankings");
    JsonObject trends = api.get("/api/v1/rankings/trends");
    assertThat(trends.getString("week")).isEqualTo(ranking.getString("week"));
    List<String> weeks = weeks(trends);
    assertThat(weeks).hasSize(SharedDemo.WEEKS).isSorted().last().isEqualTo(ranking.getString("week"));
    List<String> ranked = ranking.getJsonArray("institutions").stream()
        .map(o -> ((JsonObject) o).getString("code")).toList();
    assertThat(new ArrayList<>(trends.getJsonObject("trends").fieldNames())).containsExactlyElementsOf(ranked);
    for (String code : ranked) {
      JsonArray line = trends.getJsonObject("trends").getJsonArray(code);
      assertThat(line.getList()).as(code).isEqualTo(fromHistory(code, weeks));
    }
  }

  @Test
  void theWindowEndsAtTheAskedWeekAndHoldsAtMostTheAskedWeeks() {
    List<String> published = weeks(api.get("/api/v1/weeks"));
    String second = published.get(1);
    JsonObject trends = api.get("/api/v1/rankings/trends?week=" + second + "&weeks=2");
    assertThat(trends.getString("week")).isEqualTo(second);
    assertThat(weeks(trends)).containsExactly(published.get(2), second);
    String code = trends.getJsonObject("trends").fieldNames().iterator().next();
    assertThat(trends.getJsonObject("trends").getJsonArray(code).getList())
        .isEqualTo(fromHistory(code, List.of(published.get(2), second)));
  }

  @Test
  void aWindowOutsideItsBoundsIsRefusedInBothLanguages() {
    for (String weeks : List.of("0", "261", "x")) {
      HttpResponse<String> r = api.raw("/api/v1/rankings/trends?weeks=" + weeks);
      assertThat(r.statusCode()).as(weeks).isEqualTo(400);
      assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }
  }
}
