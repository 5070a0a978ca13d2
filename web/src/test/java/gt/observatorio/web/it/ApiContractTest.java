package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed requests end in a 4xx with a reason as problem+json, never a 5xx. */
class ApiContractTest {
  private static Observatory obs;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    api = new ApiClient(obs.serve(TestSettings.web()).await());
  }

  @AfterAll
  static void stop() {
    obs.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "/api/v1/rankings?week=2025-13, 400",
    "/api/v1/rankings?week=2021-W53, 400",
    "/api/v1/rankings?week=%00%ff, 400",
    "/api/v1/rankings?profile=nope, 400",
    "/api/v1/institutions/NOEXISTE/history, 404",
    "/api/v1/institutions/NOEXISTE/datasets, 404",
    "/api/v1/institutions/%3Cscript%3E/history, 400",
    "/api/v1/runs?limit=-1, 400",
    "/api/v1/runs?limit=abc, 400",
    "/api/v1/laip/ranking?month=2025-1, 400",
    "/api/v1/laip/institutions/NOEXISTE, 404",
    "/api/v1/plan/activities/C%201/history, 400",
    "/api/v1/plan/activities/c9-a9/history, 404",
    "/api/v1/nothing-here, 404"})
  void malformedRequestsGetAProblemWithAReason(String path, int status) {
    HttpResponse<String> r = api.raw(path);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
    JsonObject problem = new JsonObject(r.body());
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("detail_es")).isNotBlank();
    assertThat(problem.getString("detail_en")).isNotBlank();
  }

  @Test
  void anEmptyObservatoryAnswersAnEmptyRankingNotAnError() {
    JsonObject body = api.get("/api/v1/rankings");
    assertThat(body.getString("week")).isNull();
    assertThat(body.getJsonArray("institutions")).isEmpty();
  }

  @Test
  void healthReportsTheDatabase() {
    assertThat(api.get("/health/ready").getJsonObject("checks").getString("database")).isEqualTo("UP");
  }

  @Test
  void thePageAtTheRootIsServed() {
    HttpResponse<String> r = api.raw("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Observatorio de Datos Abiertos");
  }
}
