package gt.observatorio.engine.testing;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import io.vertx.core.Vertx;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per test JVM, started lazily in a temporary directory, migrated once and
 * stopped by a shutdown hook. Tests call {@link #reset()} to start from empty tables, and
 * {@link #open(Vertx)} to get a {@link Database} connected to it like an external server.
 */
public final class TestDatabase {
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("observatorio-test-pg");
        server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        Database.migrate(server.getPostgresDatabase());
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-pg-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  /** A configuration that points at the test server as if it were an external one. */
  public static DbConfig config() {
    return config("postgres");
  }

  /**
   * Creates another, empty (not migrated) database on the test server, e.g. to migrate it step by step.
   *
   * @return its data source; {@link #config(String)} points a {@link Database} at it
   */
  public static DataSource createDatabase(String name) {
    try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("create database \"" + name + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return server().getDatabase("postgres", name);
  }

  /** A configuration that points at one database of the test server as if it were an external one. */
  public static DbConfig config(String database) {
    return new DbConfig("postgresql://localhost:" + server().getPort() + "/" + database, "postgres", "",
        "", 0, 4);
  }

  /** A JDBC data source on the migrated test database. */
  public static DataSource dataSource() {
    return server().getPostgresDatabase();
  }

  /** A started {@link Database} on the test server; close it after the test. */
  public static Database open(Vertx vertx) {
    return Database.start(vertx, config());
  }

  /** Empties every table (the migration history excepted) and restarts the id sequences. */
  public static void reset() {
    try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'"
          + " and tablename <> 'flyway_schema_history'")) {
        while (rs.next()) {
          tables.add('"' + rs.getString(1) + '"');
        }
      }
      st.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the test database: " + e.getMessage(), e);
    }
  }
}
