package gt.observatorio.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import gt.observatorio.engine.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the docker/ files are checked for what can be checked: they parse,
 * every OBSERVATORY_* variable they set is a real configuration key, and they wire what they claim.
 */
class DockerFilesTest {
  private static final Path DOCKER = Path.of("..", "docker");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> EXTRA_VARIABLES = Set.of("OBSERVATORY_LOG_FORMAT", "OBSERVATORY_LOG_LEVEL",
      "OBSERVATORY_PROGRESS");

  @Test
  void everyObservatoryVariableInTheComposeFileAndTheImageIsAConfigurationKey() throws IOException {
    Set<String> known = new HashSet<>(EXTRA_VARIABLES);
    collect(ConfigLoader.load(Settings.DEFAULTS, Optional.empty(), Map.of()).tree(), "", known);
    JsonNode compose = YAML.readTree(DOCKER.resolve("compose.yaml").toFile());
    for (String node : List.of("node1", "node2")) {
      compose.path("services").path(node).path("environment").fieldNames().forEachRemaining(name ->
          assertThat(known).as(node + " sets " + name).contains(name));
    }
    for (String line : Files.readAllLines(DOCKER.resolve("Dockerfile"))) {
      for (String word : line.trim().split("[\\s=]+")) {
        if (word.startsWith("OBSERVATORY_")) {
          assertThat(known).as("Dockerfile sets " + word).contains(word);
        }
      }
    }
  }

  @Test
  void composeRunsPostgresTwoClusteredNodesAndPrometheus() throws IOException {
    JsonNode services = YAML.readTree(DOCKER.resolve("compose.yaml").toFile()).path("services");
    assertThat(services.has("postgres")).isTrue();
    assertThat(services.has("prometheus")).isTrue();
    for (String node : List.of("node1", "node2")) {
      JsonNode env = services.path(node).path("environment");
      assertThat(env.path("OBSERVATORY_SCHEDULER_CLUSTERED").asText()).isEqualTo("true");
      assertThat(env.path("OBSERVATORY_DB_URL").asText()).contains("//postgres:5432/");
    }
    assertThat(services.path("node1").path("environment").path("OBSERVATORY_SCHEDULER_INSTANCE_ID").asText())
        .isNotEqualTo(services.path("node2").path("environment").path("OBSERVATORY_SCHEDULER_INSTANCE_ID").asText());
  }

  @Test
  void prometheusScrapesBothNodesOnTheMetricsPath() throws IOException {
    JsonNode job = YAML.readTree(DOCKER.resolve("prometheus.yml").toFile()).path("scrape_configs").get(0);
    assertThat(job.path("metrics_path").asText()).isEqualTo("/metrics");
    List<String> targets = YAML.convertValue(job.path("static_configs").get(0).path("targets"),
        YAML.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(targets).containsExactlyInAnyOrder("node1:8080", "node2:8080");
  }

  @Test
  void theImageIsBuiltInOneStageAndRunsTheJarAsANonRootUserInAnother() throws IOException {
    List<String> lines = Files.readAllLines(DOCKER.resolve("Dockerfile"));
    assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSize(2);
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("COPY --from=build").contains("web/target/observatory.jar"));
    String user = lines.stream().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow();
    assertThat(user).matches("USER [1-9]\\d*(:\\d+)?");
  }

  private static void collect(JsonNode node, String prefix, Set<String> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue().isObject()) {
        collect(e.getValue(), path, out);
      } else {
        out.add(ConfigLoader.envName(path));
      }
    }
  }
}
