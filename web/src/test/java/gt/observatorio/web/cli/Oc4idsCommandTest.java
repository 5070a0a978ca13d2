package gt.observatorio.web.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code observatory oc4ids URL|FILE --json}: one object per finding; exit 0 without errors, 1 with. */
class Oc4idsCommandTest {
  private final Cli cli = new Cli();

  private static byte[] resource(String path) throws Exception {
    try (InputStream in = Oc4idsCommandTest.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aCompletePackageOnDiskExitsZeroWithNoFinding(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("paquete.json"), resource("oc4ids/complete/project-package.json"));
    assertThat(cli.run("oc4ids", file.toString(), "--json")).as(cli.err()).isZero();
    assertThat(cli.jsonLines()).isEmpty();
    assertThat(cli.err()).contains("errors: 0");
  }

  @Test
  void aPackageServedOverHttpWithErrorsPrintsEachFindingAndExitsOne() throws Exception {
    WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(any(urlPathEqualTo("/oc4ids.json")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(resource("oc4ids/mspas/project-package.json"))));
      int code = cli.run("oc4ids", wm.baseUrl() + "/oc4ids.json", "--json", "--allow-private-addresses");
      assertThat(code).as(cli.err()).isEqualTo(1);
      List<JsonObject> lines = cli.jsonLines();
      assertThat(lines).extracting(j -> j.getString("severity") + " " + j.getString("path")).containsExactly(
          "error /projects/0/contractingProcesses/0/summary/suppliers/1",
          "error /projects/0/contractingProcesses/0/summary/tender/costEstimate",
          "warning /projects/0/description",
          "error /projects/1/id");
      assertThat(lines).allSatisfy(j -> {
        assertThat(j.getJsonObject("message").getString("es")).isNotBlank();
        assertThat(j.getJsonObject("message").getString("en")).isNotBlank();
      });
    } finally {
      wm.stop();
    }
  }

  @Test
  void aMissingFileIsBadUsage() {
    assertThat(cli.run("oc4ids", "/no/such/paquete.json")).isEqualTo(2);
    assertThat(cli.err()).contains("no such file");
  }
}
