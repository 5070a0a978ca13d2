package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core path of docs/despliegue.md on this machine: a PostgreSQL server started apart from the
 * observatory (Debian's postgresql package, installed by .ci/install-system-packages), {@code serve}
 * against it, a crawl of loopback fixtures, a backup with pg_dump, a restore with pg_restore into a new
 * database, and the same rankings read back from it.
 */
class DeploymentGuideTest {
  private static final String USER = "observatorio";
  private static Path bin;
  private static Path dir;
  private static int port;
  private static FixturePortal portal;

  @BeforeAll
  static void startServer() throws Exception {
    bin = debianPostgres();
    assumeTrue(bin != null, "Debian's postgresql package is not installed (see .ci/install-system-packages)");
    dir = Files.createTempDirectory("despliegue-pg");
    dir.toFile().setReadable(true, false);
    dir.toFile().setWritable(true, false);
    dir.toFile().setExecutable(true, false);
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = dir.resolve("datos");
    run(pg("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
    run(pg("pg_ctl", "-D", data.toString(), "-l", dir.resolve("postgres.log").toString(), "-w", "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start"));
    run(pg("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, "observatorio"));
    portal = new FixturePortal();
    portal.catalog("/", portal.fixture(LocalDate.now().minusDays(1)));
    portal.server().stubFor(any(urlPathMatching("/dataset/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (portal != null) {
      portal.close();
    }
    if (dir != null) {
      run(pg("pg_ctl", "-D", dir.resolve("datos").toString(), "-m", "fast", "-w", "stop"));
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aBackupRestoredIntoANewDatabaseServesTheSameRankings() throws Exception {
    JsonArray before;
    try (Observatory obs = Observatory.start(TestSettings.forDatabase(db("observatorio")), Clock.systemUTC(), false)) {
      obs.registration().register(new Registry(List.of(new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social",
          "ministerio", "trabajo")), List.of(new Source("mintrab", "MINTRAB", URI.create(portal.baseUrl() + "/"),
          "ckan", null))));
      obs.crawls().crawlAll(obs.registration().sources());
      before = new ApiClient(obs.serve(TestSettings.web()).await()).get("/api/v1/rankings")
          .getJsonArray("institutions");
    }
    assertThat(before).hasSize(1);

    Path backup = dir.resolve("observatorio.dump");
    run(pg("pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, "-Fc", "-f", backup.toString(),
        "observatorio"));
    run(pg("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, "observatorio_restaurada"));
    run(pg("pg_restore", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, "--no-owner", "-d",
        "observatorio_restaurada", backup.toString()));

    try (Observatory restored = Observatory.start(TestSettings.forDatabase(db("observatorio_restaurada")),
        Clock.systemUTC(), false)) {
      JsonArray after = new ApiClient(restored.serve(TestSettings.web()).await()).get("/api/v1/rankings")
          .getJsonArray("institutions");
      assertThat(after).isEqualTo(before);
    }
  }

  private static DbConfig db(String name) {
    return new DbConfig("postgresql://127.0.0.1:" + port + "/" + name, USER, "", "", 0, 4);
  }

  /** The directory of Debian's PostgreSQL server programs, or null when the package is not installed. */
  private static Path debianPostgres() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
          && Files.isExecutable(b.resolve("pg_restore"))).max(Comparator.naturalOrder()).orElse(null);
    }
  }

  /** A PostgreSQL program; as root (PostgreSQL refuses to run as root) through runuser as postgres. */
  private static List<String> pg(String program, String... args) {
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(program).toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", cmd).isTrue();
    assertThat(p.exitValue()).as("%s: %s", cmd, output).isZero();
  }
}
