package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Prometheus scrapes a running observatory, and promtool accepts what /metrics says. */
class PrometheusScrapeTest {
  private static Observatory obs;
  private static int port;

  @BeforeAll
  static void start() {
    TestDatabase.reset();
    obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config()), Clock.systemUTC(), false);
    port = obs.serve(TestSettings.web()).await();
  }

  @AfterAll
  static void stop() {
    obs.close();
  }

  @Test
  void promtoolAcceptsTheMetricsExposition() throws Exception {
    Path promtool = SystemTool.require("promtool", "prometheus");
    String metrics = new ApiClient(port).raw("/metrics").body();
    Process p = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(metrics.getBytes(StandardCharsets.UTF_8));
    }
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(report).isZero();
  }

  @Test
  void theAnswerCacheReportsHowReadRequestsWereAnswered() {
    ApiClient api = new ApiClient(port);
    api.raw("/api/v1/weeks");
    api.raw("/api/v1/weeks");
    String metrics = api.raw("/metrics").body();
    assertThat(metrics).containsPattern("observatorio_api_answers_total\\{[^}]*outcome=\"computed\"[^}]*\\} [1-9]")
        .containsPattern("observatorio_api_answers_total\\{[^}]*outcome=\"cached\"[^}]*\\} [1-9]")
        .containsPattern("observatorio_api_answers_kept_bytes\\{[^}]*\\} [1-9]");
  }

  @Test
  void aRealPrometheusSeesTheObservatoryTargetUp(@TempDir Path dir) throws Exception {
    Path prometheus = SystemTool.require("prometheus", "prometheus");
    int promPort = freePort();
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, """
        global:
          scrape_interval: 1s
        scrape_configs:
          - job_name: observatorio
            metrics_path: /metrics
            static_configs:
              - targets: ["127.0.0.1:%d"]
        """.formatted(port));
    Process p = new ProcessBuilder(prometheus.toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + promPort)
        .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    try {
      String health = waitForTarget(promPort, Duration.ofSeconds(60));
      assertThat(health).as(Files.readString(dir.resolve("prometheus.log"))).isEqualTo("up");
    } finally {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static String waitForTarget(int promPort, Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String health = "not seen";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + promPort + "/api/v1/targets")).build(), HttpResponse.BodyHandlers.ofString());
        JsonArray active = new JsonObject(r.body()).getJsonObject("data").getJsonArray("activeTargets");
        if (!active.isEmpty()) {
          health = active.getJsonObject(0).getString("health");
          if ("up".equals(health)) {
            return health;
          }
        }
      } catch (IOException | RuntimeException notYet) {
        // Prometheus is still starting
      }
      Thread.sleep(500);
    }
    return health;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
