package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} signalled (SIGTERM) while a crawl waits on a slow portal: the process exits within
 * the grace period + 10 s, the interrupted run is recorded as failed, and no PostgreSQL is left
 * running on its data directory. A second signal while it stops exits at once (the watchdog's path
 * is {@code cli.SignalsTest}; Ctrl-C on the demo is {@code DemoSignalTest}).
 */
class ShutdownTest {
  private static final int GRACE = 3;

  @RegisterExtension
  static WireMockExtension portal = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  @Test
  void aSignalDuringACrawlStopsInTimeRecordsTheRunAsFailedAndLeavesNoDatabase() throws Exception {
    Path data = dir.resolve("pgdata").toAbsolutePath();
    Process serve = serveDuringACrawl(data);
    try {
      long start = System.nanoTime();
      serve.destroy();
      boolean exited = serve.waitFor(GRACE + 10 + 20, TimeUnit.SECONDS);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(exited).as("serve exited; " + log()).isTrue();
      System.out.printf("SIGTERM to exit: %d s (grace %d s, bound %d s), exit code %d%n", seconds, GRACE, GRACE + 10,
          serve.exitValue());
      assertThat(seconds).as("seconds from SIGTERM to exit; " + log()).isLessThanOrEqualTo(GRACE + 10);
    } finally {
      serve.destroyForcibly();
    }
    assertThat(postgresOn(data)).as("PostgreSQL processes left on " + data).isEmpty();

    Vertx vertx = Vertx.vertx();
    try (Database db = Database.start(vertx, new DbConfig("", "observatorio", "", data.toString(), 0, 1));
        Connection c = db.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery("select state, message from crawl_run order by id")) {
      List<String> states = new ArrayList<>();
      while (rs.next()) {
        states.add(rs.getString(1) + ": " + rs.getString(2));
      }
      System.out.println("runs after the signal: " + states);
      assertThat(states).as(log()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWithIgnoringCase("failed"));
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  /** Starts {@code serve} on {@code data} with a source whose portal never answers, and waits for its crawl. */
  private Process serveDuringACrawl(Path data) throws Exception {
    portal.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    portal.stubFor(any(urlPathEqualTo("/api/3/action/package_search")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withFixedDelay(50_000)
        .withBody("{\"success\":true,\"result\":{\"count\":0,\"results\":[]}}")));
    Path registry = dir.resolve("registry.yaml");
    Files.writeString(registry, "institutions:\n  - { code: LENTO, name: \"Portal lento de prueba\", type: otro,"
        + " sector: pruebas }\nsources:\n  - { id: lento, institution: LENTO, kind: ckan, url: \""
        + portal.baseUrl() + "/\", cron: \"0/2 * * * * ?\" }\n", StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("db.embeddedDir", data.toString(), "web.port", "0",
        "web.registryFile", registry.toString(), "web.shutdownGraceSeconds", String.valueOf(GRACE),
        "scheduler.minCrawlIntervalSeconds", "0", "crawler.allowPrivateAddresses", "true",
        "crawler.readTimeoutMillis", "60000", "crawler.totalTimeoutMillis", "60000");
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.command("-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "gt.observatorio.web.cli.ObservatoryCommand", "serve"))
        .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile());
    env.forEach((k, v) -> pb.environment().put(ConfigLoader.envName(k), v));
    pb.environment().put("HOME", dir.toString());
    Process serve = pb.start();
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (portal.findAll(getRequestedFor(urlPathEqualTo("/api/3/action/package_search"))).isEmpty()) {
      assertThat(serve.isAlive()).as(log()).isTrue();
      assertThat(System.nanoTime()).as("a crawl started; " + log()).isLessThan(waitUntil);
      Thread.sleep(200);
    }
    return serve;
  }

  @Test
  void aSecondSignalWhileStoppingExitsAtOnceAndTheNextStartStopsTheLeftDatabase() throws Exception {
    Path data = dir.resolve("pgdata2").toAbsolutePath();
    Process serve = serveDuringACrawl(data);
    try {
      serve.destroy(); // SIGTERM: the crawl gets its grace period of GRACE s
      Thread.sleep(500);
      long start = System.nanoTime();
      new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor(5, TimeUnit.SECONDS);
      assertThat(serve.waitFor(GRACE + 10, TimeUnit.SECONDS)).as("serve exited; " + log()).isTrue();
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("second signal (SIGINT) to exit: %d ms (grace %d s), exit code %d%n", ms, GRACE,
          serve.exitValue());
      assertThat(serve.exitValue()).as(log()).isEqualTo(128 + 2);
      assertThat(ms).as("well within the grace period; " + log()).isLessThan(GRACE * 1000L - 1000);
      assertThat(log()).contains("Second signal: exiting now");
    } finally {
      serve.destroyForcibly();
    }
    // exiting at once leaves the database to the next start, which stops it (OrphanPostgres) and starts normally
    Vertx vertx = Vertx.vertx();
    try (Database db = Database.start(vertx, new DbConfig("", "observatorio", "", data.toString(), 0, 1));
        Connection c = db.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery("select count(*) from crawl_run")) {
      assertThat(rs.next()).isTrue();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    assertThat(postgresOn(data)).as("PostgreSQL processes left on " + data).isEmpty();
  }

  private String log() {
    try {
      String s = Files.readString(dir.resolve("serve.log"));
      return "serve log:\n" + (s.length() > 6000 ? s.substring(s.length() - 6000) : s);
    } catch (java.io.IOException e) {
      return "no log";
    }
  }

  private static List<Long> postgresOn(Path data) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(data.toString())).orElse(false))
        .map(ProcessHandle::pid).toList();
  }
}
