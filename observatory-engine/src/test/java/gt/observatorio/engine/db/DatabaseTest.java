package gt.observatorio.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.testing.TestDatabase;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  static Vertx vertx;

  @BeforeAll
  static void vertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void close() {
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void migrationsCreateTheObservatoryAndQuartzTables() {
    try (Database db = TestDatabase.open(vertx)) {
      List<String> tables = new ArrayList<>();
      for (Row r : db.pool().query("select tablename from pg_tables where schemaname = 'public'").execute()
          .toCompletionStage().toCompletableFuture().join()) {
        tables.add(r.getString(0));
      }
      assertThat(tables).contains("institution", "source", "crawl_run", "dataset", "dataset_version",
          "probe_observation", "score", "card_rule", "rule_text", "card_rule_set", "card_rule_list", "run_dataset", "institution_week",
          "qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_locks");
      assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
    }
  }

  @Test
  void embeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path home) throws Exception {
    Path dir = home.resolve("pgdata");
    DbConfig c = new DbConfig("", "observatorio", "", dir.toString(), 0, 2);
    try (Database db = Database.start(vertx, c)) {
      db.pool().query("insert into institution(code, name) values ('MINTRAB', 'Ministerio de Trabajo')")
          .execute().toCompletionStage().toCompletableFuture().join();
    }
    assertThat(Files.exists(dir.resolve("PG_VERSION"))).isTrue();
    try (Database db = Database.start(vertx, c)) {
      Row r = db.pool().query("select count(*) from institution").execute()
          .toCompletionStage().toCompletableFuture().join().iterator().next();
      assertThat(r.getLong(0)).isEqualTo(1L);
    }
  }

  @Test
  void unreachableServerFailsNamingTheKeyAndUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    DbConfig c = new DbConfig("postgresql://127.0.0.1:" + port + "/observatorio", "x", "y", "", 0, 2);
    assertThatThrownBy(() -> Database.start(vertx, c))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo("db.url"))
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageContaining("cannot connect");
  }

  @Test
  void leadingTildeExpandsToTheUserHome() {
    assertThat(Database.expandHome("~/.observatorio/pgdata"))
        .isEqualTo(gt.observatorio.engine.config.UserHome.home().resolve(".observatorio/pgdata"));
  }
}
