package gt.observatorio.web.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code observatory laip URL --json} prints one object per numeral with status, evidence and latest date. */
class LaipCommandTest {
  private WireMockServer portal;
  private final Cli cli = new Cli();

  @BeforeEach
  void start() throws IOException {
    portal = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    portal.start();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("laip/sections/articulo-10.html")) {
      portal.stubFor(any(urlPathEqualTo("/transparencia/articulo-10")).willReturn(aResponse()
          .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(in.readAllBytes())));
    }
    portal.stubFor(any(urlPathMatching("/ipo/docs/(organigrama|POA|informe-cgc|indice|sociolinguistica|compras).*"))
        .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
  }

  @AfterEach
  void stop() {
    portal.stop();
  }

  @Test
  void printsOneJsonObjectPerNumeral() {
    int code = cli.run("laip", portal.baseUrl() + "/transparencia/articulo-10", "--json", "--allow-private-addresses",
        "--as-of", "2025-06-02");
    assertThat(code).as(cli.err()).isZero();
    List<JsonObject> lines = Arrays.stream(cli.out().split("\\R")).filter(l -> !l.isBlank())
        .map(JsonObject::new).toList();
    assertThat(lines).hasSize(29);
    assertThat(lines).allSatisfy(j -> assertThat(j.fieldNames())
        .contains("numeral", "status", "evidence", "latestDate", "brokenLinks"));
    Map<Integer, JsonObject> by = lines.stream().collect(Collectors.toMap(j -> j.getInteger("numeral"), j -> j));
    assertThat(by.get(28).getString("status")).isEqualTo("stale");
    assertThat(by.get(28).getString("latestDate")).isEqualTo("2025-01");
    assertThat(by.get(20).getString("status")).isEqualTo("current");
    assertThat(by.get(20).getJsonArray("evidence").getList())
        .containsExactly(portal.baseUrl() + "/ipo/docs/compras-directas-y-contrataciones-mayo-2025.xlsx");
    assertThat(by.get(9).getString("status")).isEqualTo("broken");
    assertThat(by.get(6).getString("status")).isEqualTo("not-found");
    assertThat(by.get(6).getValue("latestDate")).isNull();
  }

  @Test
  void printsAReadableChecklistWithTheCompliance() {
    int code = cli.run("laip", portal.baseUrl() + "/transparencia/articulo-10", "--allow-private-addresses",
        "--as-of", "2025-06-02");
    assertThat(code).isZero();
    assertThat(cli.out()).contains("sections").contains("Cumplimiento / compliance: "
        + String.format("%.1f", 500.0 / 29)).containsPattern("(?m)^28  stale\\s+2025-01");
  }

  @Test
  void anUnreachablePortalFails() {
    int code = cli.run("laip", portal.baseUrl() + "/no-existe", "--json", "--allow-private-addresses");
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(cli.err()).contains("laip.index_unreachable");
  }

  @Test
  void aNumeralRobotsTxtForbidsIsPrintedAsNotVerifiableWithItsReasonAndDoesNotFailTheRun() {
    portal.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withHeader("Content-Type", "text/plain")
        .withBody("User-agent: *\nDisallow: /ipo/docs/depositos\n")));
    int code = cli.run("laip", portal.baseUrl() + "/transparencia/articulo-10", "--json", "--allow-private-addresses",
        "--as-of", "2025-06-02");
    assertThat(code).as(cli.err()).isZero();
    JsonObject n9 = Arrays.stream(cli.out().split("\\R")).filter(l -> !l.isBlank()).map(JsonObject::new)
        .filter(j -> j.getInteger("numeral") == 9).findFirst().orElseThrow();
    assertThat(n9.getString("status")).isEqualTo("not-verifiable");
    assertThat(n9.getJsonArray("brokenLinks")).isEmpty();
    assertThat(n9.getJsonArray("unverifiable").getJsonObject(0).getString("reason")).isEqualTo("robots");
    assertThat(cli.err()).contains("laip.robots_disallowed");
  }
}
