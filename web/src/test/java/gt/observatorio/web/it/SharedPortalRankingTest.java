package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.registry.Registry;
import gt.observatorio.web.registry.RegistryLoader;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Served with the shipped registry, a portal shared by several institutions (fixture ckan/portal-compartido)
 * ranks each institution on its own datasets, and the API lists what it could not attribute.
 */
class SharedPortalRankingTest {
  private static FixturePortal portal;
  private static Observatory obs;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    portal = new FixturePortal();
    portal.catalog("/", FixturePortal.read("ckan/portal-compartido/package_search.json")
        .replace("{{base}}", portal.baseUrl()));
    portal.server().stubFor(any(urlPathMatching("/archivos/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    Registry shipped = RegistryLoader.shipped();
    obs.registration().register(new Registry(shipped.institutions(), List.of(new Source("datos-gob-gt", "GAE",
        URI.create(portal.baseUrl() + "/"), "ckan", null, true, null))));
    obs.crawls().crawlAll(obs.registration().sources());
    api = new ApiClient(obs.serve(TestSettings.web()).await());
  }

  @AfterAll
  static void stop() {
    obs.close();
    portal.close();
  }

  @Test
  void theRankingCountsEachDatasetUnderItsInstitutionAndNoneUnderTheOperator() {
    JsonArray rows = api.get("/api/v1/rankings").getJsonArray("institutions");
    assertThat(rows.stream().map(o -> ((JsonObject) o).getString("code")))
        .containsExactlyInAnyOrder("MINTRAB", "MSPAS", "MINEDUC", "SESAN");
    assertThat(rows.stream().map(JsonObject.class::cast).filter(r -> r.getString("code").equals("MSPAS"))
        .findFirst().orElseThrow().getInteger("datasets")).isEqualTo(2);
    assertThat(api.get("/api/v1/institutions/MINEDUC/datasets").getJsonArray("datasets")).hasSize(1);
  }

  @Test
  void theUnattributedPublishersAreListedWithTheClosestInstitutions() {
    JsonArray left = api.get("/api/v1/attribution/unattributed").getJsonArray("publishers");
    assertThat(left).hasSize(2);
    JsonObject ambiguous = left.stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("publisher").equals("Ministerio de Educación (MSPAS)")).findFirst().orElseThrow();
    assertThat(ambiguous.getInteger("datasets")).isEqualTo(1);
    assertThat(ambiguous.getString("attribution")).startsWith("ambiguo");
    assertThat(ambiguous.getJsonArray("closest").getList()).containsExactlyInAnyOrder("MINEDUC", "MSPAS");
    assertThat(left.stream().map(JsonObject.class::cast).map(p -> p.getString("publisher")))
        .contains("Municipalidad de Mixco");
  }
}
