package gt.observatorio.web.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import gt.observatorio.web.registry.RegistryLoader;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code harvest URL --registry FILE --json} attributes each dataset of a portal shared by several
 * institutions (fixture ckan/portal-compartido) with the shipped registry, before anything is deployed.
 */
class SharedPortalAttributionTest {
  private static final String FIX = "ckan/portal-compartido/";
  private WireMockServer portal;
  private final Cli cli = new Cli();
  @TempDir Path dir;
  private Path registry;

  @BeforeEach
  void start() throws IOException {
    portal = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    portal.start();
    portal.stubFor(get(urlPathEqualTo("/api/3/action/package_search")).withQueryParam("fq", absent())
        .willReturn(json(resource(FIX + "package_search.json"))));
    portal.stubFor(get(urlPathEqualTo("/api/3/action/package_search"))
        .withQueryParam("fq", equalTo("organization:\"mintrab\""))
        .willReturn(json(resource(FIX + "package_search-mintrab.json"))));
    portal.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    registry = dir.resolve("registro.yaml");
    Files.writeString(registry, resource(RegistryLoader.SHIPPED));
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @Test
  void eachDatasetNamesTheInstitutionItsPublisherNamesOrNobody() {
    assertThat(cli.run("harvest", portal.baseUrl() + "/", "--kind", "ckan", "--registry", registry.toString(),
        "--json", "--allow-private-addresses")).isZero();
    List<JsonObject> lines = cli.jsonLines();
    assertThat(lines).hasSize(7).allSatisfy(l -> assertThat(l.fieldNames()).contains("institution", "publisher"));
    Map<String, String> byTitle = lines.stream().collect(Collectors.toMap(l -> l.getString("title"),
        l -> String.valueOf(l.getString("institution"))));
    assertThat(byTitle).containsEntry("Empleo formal por departamento", "MINTRAB")
        .containsEntry("Cobertura de vacunación", "MSPAS")
        .containsEntry("Casos de dengue por semana", "MSPAS")
        .containsEntry("Matrícula escolar por nivel", "MINEDUC")
        .containsEntry("Desnutrición aguda por municipio", "SESAN")
        .containsEntry("Centros de salud escolares", "null")
        .containsEntry("Recolección de residuos", "null");
    JsonObject ambiguous = lines.stream().filter(l -> l.getString("title").equals("Centros de salud escolares"))
        .findFirst().orElseThrow();
    assertThat(ambiguous.getString("publisher")).isEqualTo("Ministerio de Educación (MSPAS)");
    assertThat(ambiguous.getString("attribution")).isEqualTo("ambiguous");
    assertThat(ambiguous.getJsonArray("closest").getList()).containsExactlyInAnyOrder("MINEDUC", "MSPAS");
    JsonObject unknown = lines.stream().filter(l -> l.getString("title").equals("Recolección de residuos"))
        .findFirst().orElseThrow();
    assertThat(unknown.getString("attribution")).isEqualTo("unknown");
  }

  @Test
  void aCkanSourceCanBeLimitedToOneOrganization() {
    assertThat(cli.run("harvest", portal.baseUrl() + "/?organization=mintrab", "--kind", "ckan", "--json",
        "--allow-private-addresses")).isZero();
    assertThat(cli.jsonLines()).extracting(l -> l.getString("title")).containsExactly("Empleo formal por departamento");
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", "http://127.0.0.1:"
          + (portal == null ? 0 : portal.port()));
    }
  }
}
