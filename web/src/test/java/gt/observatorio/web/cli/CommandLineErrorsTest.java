package gt.observatorio.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.crawler.CatalogKinds;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad configuration stops the program with the file, the key, the reason and a distinct exit code. */
class CommandLineErrorsTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  @ParameterizedTest
  @ValueSource(strings = {"demo", "serve", "harvest", "probe"})
  void everyCommandHasHelp(String command) {
    assertThat(cli.run(command, "--help")).isZero();
    assertThat(cli.out()).contains("Usage:").contains("--help");
  }

  @Test
  void anUnknownConfigurationKeyExitsWithCode3NamingTheFileAndTheKey() throws IOException {
    Path config = dir.resolve("observatorio.yaml");
    Files.writeString(config, "web:\n  prot: 9090\n");
    assertThat(cli.run("serve", "--config", config.toString())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    assertThat(cli.err()).contains(config.toString()).contains("web.prot").contains("unknown key");
  }

  @Test
  void aMalformedRegistryExitsWithCode3NamingTheFileAndTheKey() throws IOException {
    Path registry = dir.resolve("registro.yaml");
    Files.writeString(registry, "institutions:\n  - { code: MINTRAB, name: Trabajo }\n"
        + "sources:\n  - { id: x, institution: MINTRAB, url: 'https://x.gt/', kind: gopher }\n");
    Path config = dir.resolve("observatorio.yaml");
    Files.writeString(config, "web:\n  registryFile: \"" + registry + "\"\n");
    assertThat(cli.run("serve", "--config", config.toString())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    assertThat(cli.err()).contains(registry.toString()).contains("sources[0].kind").contains("gopher");
  }

  @Test
  void aRegistryCronMoreFrequentThanTheMinimumIntervalIsRefusedAtStartInSpanishAndEnglish() throws IOException {
    Path registry = dir.resolve("registro.yaml");
    Files.writeString(registry, "institutions:\n  - { code: MINTRAB, name: Trabajo }\n"
        + "sources:\n  - { id: x, institution: MINTRAB, url: 'https://x.gt/' }\n"
        + "  - { id: y, institution: MINTRAB, url: 'https://y.gt/', cron: '*/10 * * * * ?' }\n");
    Path config = dir.resolve("observatorio.yaml");
    Files.writeString(config, "web:\n  registryFile: \"" + registry + "\"\n");
    assertThat(cli.run("serve", "--config", config.toString())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    assertThat(cli.err()).contains(registry.toString()).contains("sources[1].cron")
        .contains("rastrearía la fuente cada 10 s, y el mínimo es cada 1 h")
        .contains("would crawl the source every 10 s, and the minimum is every 1 h");
  }

  @Test
  void anUnreachableDatabaseExitsWithCode4NamingTheUrl() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Path config = dir.resolve("observatorio.yaml");
    Files.writeString(config, "db:\n  url: \"postgresql://127.0.0.1:" + closedPort + "/observatorio\"\n");
    assertThat(cli.run("serve", "--config", config.toString())).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
    assertThat(cli.err()).contains(config.toString()).contains("db.url").contains("127.0.0.1:" + closedPort);
  }

  @Test
  void aConfigurationValueOfTheWrongTypeExitsWithCode3() throws IOException {
    Path config = dir.resolve("observatorio.yaml");
    Files.writeString(config, "crawler:\n  maxRedirects: muchos\n");
    assertThat(cli.run("probe", "--config", config.toString(), "http://127.0.0.1:1/")).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    assertThat(cli.err()).contains("crawler.maxRedirects").contains(config.toString());
  }

  @Test
  void anInvalidMaturityModelExitsWithCode3NamingTheFileLineKeyAndReason() throws IOException {
    Path model = dir.resolve("modelo.yaml");
    String shipped = gt.observatorio.web.maturity.MaturityModels.builtIn().yaml();
    Files.writeString(model, shipped.replace("check: laip.current\n    params: {minPercent: 25}",
        "check: laip.vigente\n    params: {minPercent: 25}"));
    assertThat(cli.run("maturity", "--model", model.toString())).isEqualTo(ExitCodes.BAD_CONFIGURATION);
    assertThat(cli.err()).contains(model + ":").contains("(criteria 'transparencia.art10-25')")
        .contains("unknown criterion check 'laip.vigente'");
  }

  @Test
  void anUnknownSourceKindIsAUsageError() {
    assertThat(cli.run("harvest", "--kind", "gopher", "http://127.0.0.1:1/")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err()).contains("gopher").contains("expected one of " + String.join(", ", CatalogKinds.ids()));
  }

  @Test
  void theHelpOfKindListsTheRegisteredKinds() {
    assertThat(cli.run("harvest", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(cli.out().replaceAll("\\s+", " ")).contains(String.join(", ", CatalogKinds.ids()) + ". Default: auto");
  }
}
