package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a dimension is a rule-set edit: a user rule set declares one and assigns a rule to it; the next
 * crawl's weekly aggregate stores it and the API, its CSV and its description of the profile show it.
 */
class UserDimensionTest {
  static final String WITH_DOCUMENTATION = """
      id: observatorio-documentacion
      profile: observatorio
      version: "1.0.0-documentacion"
      extends: observatorio
      dimensions:
        - {id: documentacion, label: {es: "Documentación", en: "Documentation"}, weight: 20, scale: {kind: percent}}
      rules:
        - {id: metadata.description, dimension: documentacion}
      """;

  @Test
  void aDimensionAddedInAUserRuleSetReachesTheWeeklyAggregateAndTheApi(@TempDir Path rules) throws Exception {
    Files.writeString(rules.resolve("observatorio.yaml"), WITH_DOCUMENTATION);
    TestDatabase.reset();
    try (Observatory obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config(),
        Map.of("rules.userDir", rules.toString())), Clock.systemUTC(), false);
        FixturePortal portal = new FixturePortal()) {
      int port = obs.serve(TestSettings.web()).await();
      ApiClient api = new ApiClient(port);
      portal.crawlAsMspas(obs);

      try (Connection c = TestDatabase.dataSource().getConnection(); Statement st = c.createStatement();
          ResultSet stored = st.executeQuery("select dimensions::text from institution_week"
              + " where profile = 'observatorio' and institution_code = 'MSPAS'")) {
        assertThat(stored.next()).isTrue();
        assertThat(new JsonObject(stored.getString(1)).getDouble("documentacion")).isBetween(0.0, 100.0);
      }

      JsonObject history = api.get("/api/v1/institutions/MSPAS/history");
      assertThat(history.getJsonArray("points").getJsonObject(0).getJsonObject("dimensions")
          .getDouble("documentacion")).isBetween(0.0, 100.0);
      JsonObject info = history.getJsonArray("dimensionInfo").stream().map(JsonObject.class::cast)
          .filter(d -> d.getString("id").equals("documentacion")).findFirst().orElseThrow();
      assertThat(info.getJsonObject("label").getString("es")).isEqualTo("Documentación");
      assertThat(info.getJsonObject("scale").getString("kind")).isEqualTo("percent");

      JsonObject ranking = api.get("/api/v1/rankings?dimension=documentacion");
      assertThat(ranking.getString("sortedBy")).isEqualTo("documentacion");
      assertThat(ranking.getJsonArray("institutions").getJsonObject(0).getJsonObject("dimensions")
          .getDouble("documentacion")).isNotNull();
      JsonObject dataset = api.get("/api/v1/institutions/MSPAS/datasets").getJsonArray("datasets").getJsonObject(0);
      assertThat(dataset.getJsonArray("rules").stream().map(JsonObject.class::cast)
          .filter(r -> r.getString("id").equals("metadata.description")).findFirst().orElseThrow()
          .getString("dimension")).isEqualTo("documentacion");

      HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/v1/rankings.csv")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(csv.body().lines().findFirst().orElseThrow()).contains(
          "\"Accesibilidad / Accessibility\",\"Documentación / Documentation\",\"conjuntos de datos / datasets\"");
    }
  }
}
