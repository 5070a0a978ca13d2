package gt.observatorio.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  record Nested(long delayMillis) {}

  record Sample(String url, int port, List<String> names, String userAgent, Nested nested) {}

  private static final List<String> DEFAULTS = List.of("config/test-defaults.yaml");

  @TempDir Path dir;

  @Test
  void defaultsBindIntoTheTypedRecord() {
    Sample s = ConfigLoader.load(DEFAULTS, Optional.empty(), Map.of()).bind("sample", Sample.class);
    assertThat(s).isEqualTo(new Sample("", 8080, List.of("a", "b"), "agent", new Nested(1000)));
  }

  @Test
  void theUserFileOverlaysTheDefaultsAndTheEnvironmentOverlaysBoth() throws IOException {
    Path file = write("sample:\n  port: 9090\n  nested:\n    delayMillis: 5\n");
    Sample s = ConfigLoader.load(DEFAULTS, Optional.of(file),
        Map.of("OBSERVATORY_SAMPLE_URL", "postgresql://db/x", "OBSERVATORY_SAMPLE_NAMES", "x, y"))
        .bind("sample", Sample.class);
    assertThat(s.port()).isEqualTo(9090);
    assertThat(s.nested().delayMillis()).isEqualTo(5);
    assertThat(s.url()).isEqualTo("postgresql://db/x");
    assertThat(s.names()).containsExactly("x", "y");
  }

  @ParameterizedTest
  @CsvSource({
    "sample.url, OBSERVATORY_SAMPLE_URL",
    "sample.userAgent, OBSERVATORY_SAMPLE_USER_AGENT",
    "sample.nested.delayMillis, OBSERVATORY_SAMPLE_NESTED_DELAY_MILLIS",
    "db.url, OBSERVATORY_DB_URL"})
  void environmentVariablesAreNamedAfterTheKeyPath(String path, String env) {
    assertThat(ConfigLoader.envName(path)).isEqualTo(env);
  }

  @Test
  void anUnknownKeyNamesTheFileTheKeyAndTheKnownKeys() throws IOException {
    Path file = write("sample:\n  prot: 9090\n");
    assertThatThrownBy(() -> ConfigLoader.load(DEFAULTS, Optional.of(file), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.key()).isEqualTo("sample.prot");
          assertThat(e.reason()).contains("unknown key").contains("port");
        });
  }

  @Test
  void anUnknownSectionIsRejected() throws IOException {
    Path file = write("crawlr:\n  x: 1\n");
    assertThatThrownBy(() -> ConfigLoader.load(DEFAULTS, Optional.of(file), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("crawlr"));
  }

  @Test
  void aValueOfTheWrongTypeNamesTheFileAndTheKey() throws IOException {
    Path file = write("sample:\n  port: muchos\n");
    ConfigLoader loader = ConfigLoader.load(DEFAULTS, Optional.of(file), Map.of());
    assertThatThrownBy(() -> loader.bind("sample", Sample.class))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.key()).isEqualTo("sample.port");
          assertThat(e.reason()).contains("int");
        });
  }

  @Test
  void aWrongEnvironmentValueNamesTheVariable() {
    ConfigLoader loader = ConfigLoader.load(DEFAULTS, Optional.empty(), Map.of("OBSERVATORY_SAMPLE_PORT", "x"));
    assertThatThrownBy(() -> loader.bind("sample", Sample.class))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.file()).isEqualTo("environment variable OBSERVATORY_SAMPLE_PORT"));
  }

  @Test
  void malformedYamlNamesTheFileAndTheLine() throws IOException {
    Path file = write("sample:\n  port: [1, 2\n");
    assertThatThrownBy(() -> ConfigLoader.load(DEFAULTS, Optional.of(file), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo(file.toString());
          assertThat(e.reason()).contains("not valid YAML").contains("line");
        });
  }

  @Test
  void aMissingFileIsReported() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> ConfigLoader.load(DEFAULTS, Optional.of(missing), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.reason()).isEqualTo("file not found"));
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("user.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
