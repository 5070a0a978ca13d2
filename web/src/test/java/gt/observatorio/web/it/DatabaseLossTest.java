package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.registry.Registry;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The database is stopped under a running server: every API request is answered 503 problem+json (Spanish
 * first), readiness says not ready, one line is logged for the whole outage, and once the same database is
 * started again on the same port the server answers 200 without a restart.
 */
class DatabaseLossTest {
  private static final List<String> PATHS = List.of("/api/v1/institutions", "/api/v1/rankings",
      "/api/v1/search?q=trabajo", "/api/v1/datasets", "/api/v1/institutions/MINTRAB/history");

  @Test
  void aLostDatabaseIsA503LoggedOnceAndTheServerAnswersAgainWhenItReturns() throws Exception {
    Path dir = Files.createTempDirectory("observatorio-loss-pg");
    EmbeddedPostgres pg = server(dir, 0);
    int port = pg.getPort();
    DbConfig db = new DbConfig("postgresql://localhost:" + port + "/postgres", "postgres", "", "", 0, 4);
    Observatory obs = Observatory.start(TestSettings.forDatabase(db), Clock.systemUTC(), false);
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    try {
      obs.registration().register(new Registry(List.of(new Institution("MINTRAB", "Ministerio de Trabajo",
          "ministerio", "trabajo")), List.of()));
      ApiClient api = new ApiClient(obs.serve(TestSettings.web()).await());
      for (String p : PATHS) {
        assertThat(api.raw(p).statusCode()).as(p).isEqualTo(200);
      }

      log.start();
      root.addAppender(log);
      pg.close();
      Thread.sleep(1000); // answers cached for the same published state may be reused for up to 500 ms
      for (int round = 0; round < 3; round++) {
        for (String p : PATHS) {
          HttpResponse<String> r = api.raw(p);
          assertThat(r.statusCode()).as(p).isEqualTo(503);
          assertThat(r.headers().firstValue("content-type")).get().asString().startsWith("application/problem+json");
          assertThat(r.headers().firstValue("retry-after")).isPresent();
          JsonObject problem = new JsonObject(r.body());
          assertThat(problem.getString("detail")).isEqualTo(problem.getString("detail_es"));
          assertThat(problem.getString("detail_es")).contains("base de datos no está disponible");
          assertThat(problem.getString("detail_en")).contains("database is unavailable");
        }
      }
      assertThat(new JsonObject(api.raw("/api/v1/institutions?lang=en").body()).getString("detail"))
          .contains("database is unavailable");
      HttpResponse<String> ready = api.raw("/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(new JsonObject(ready.body()).getJsonObject("checks").getString("database")).isEqualTo("DOWN");
      List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
      assertThat(warnings).as("warnings and errors logged during the outage").singleElement()
          .satisfies(e -> assertThat(e.getFormattedMessage()).contains("Database unavailable"));
      assertThat(log.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).as(e.getFormattedMessage()).isNull());

      pg = server(dir, port);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (api.raw(PATHS.get(0)).statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(250);
      }
      for (String p : PATHS) {
        assertThat(api.raw(p).statusCode()).as(p + " after the database returned").isEqualTo(200);
      }
      assertThat(api.raw("/health/ready").statusCode()).isEqualTo(200);
    } finally {
      root.detachAppender(log);
      obs.close();
      pg.close();
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static EmbeddedPostgres server(Path dir, int port) throws java.io.IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
  }
}
