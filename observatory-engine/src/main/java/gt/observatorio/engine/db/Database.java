package gt.observatorio.engine.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.store.Blocking;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observatory's PostgreSQL: an external server ({@code db.url}) or an embedded one whose data
 * directory is reused across runs. Starting it applies the Flyway migrations. Gives a Vert.x pool for
 * the application and a small JDBC data source for Quartz.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  /** Quartz wants its worker threads + 3 connections when clustered; 10 covers up to 7 threads. */
  private static final int JDBC_POOL_SIZE = 10;

  private final EmbeddedPostgres embedded;
  private final EmbeddedShutdown embeddedStop;
  private final HikariDataSource dataSource;
  private final Pool pool;
  private final String jdbcUrl;

  private Database(EmbeddedPostgres embedded, EmbeddedShutdown embeddedStop, HikariDataSource dataSource,
      Pool pool, String jdbcUrl) {
    this.embedded = embedded;
    this.embeddedStop = embeddedStop;
    this.dataSource = dataSource;
    this.pool = pool;
    this.jdbcUrl = jdbcUrl;
  }

  /**
   * Starts (or connects to) the database and migrates it. Blocking: call it off the event loop.
   *
   * @throws ConfigException when the external server cannot be reached or the embedded one cannot start
   */
  public static Database start(Vertx vertx, DbConfig c) {
    EmbeddedPostgres embedded = c.embedded() ? startEmbedded(c) : null;
    EmbeddedShutdown stop = embedded == null ? null : new EmbeddedShutdown(embedded);
    try {
      ConnectionTarget target = embedded != null
          ? ConnectionTarget.embedded(embedded.getPort())
          : ConnectionTarget.external(c.url(), c.user(), c.password());
      HikariDataSource ds = dataSource(target, c);
      migrate(ds, target);
      Pool pool = PgBuilder.pool()
          .with(new PoolOptions().setMaxSize(Math.max(1, c.poolSize())))
          .connectingTo(target.connectOptions())
          .using(vertx)
          .build();
      return new Database(embedded, stop, ds, pool, target.jdbcUrl());
    } catch (RuntimeException e) {
      if (stop != null) {
        stop.stop();
      }
      throw e;
    }
  }

  /** Starts only the migrations against a data source (used by tests and tools). */
  public static void migrate(DataSource ds) {
    flyway(ds).migrate();
  }

  /**
   * The observatory's migrations on a data source: the SQL and Java ones under {@code db/migration}, with what must
   * run just before a given migration ({@link ScoreRowsBeforeV190}). Migrating and reading what is pending use it.
   */
  public static Flyway flyway(DataSource ds) {
    return Flyway.configure().dataSource(ds).locations("classpath:db/migration").callbacks(new ScoreRowsBeforeV190())
        .load();
  }

  public Pool pool() {
    return pool;
  }

  /** A small JDBC pool on the same database, for Quartz and tools. */
  public DataSource dataSource() {
    return dataSource;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  @Override
  public void close() {
    try {
      Blocking.await(pool.close());
    } catch (RuntimeException e) {
      LOG.warn("closing the Vert.x pool failed", e);
    }
    dataSource.close();
    if (embeddedStop != null) {
      embeddedStop.stop();
    }
  }

  /**
   * At JVM exit (a signal), keeps the embedded database up to {@code d} longer for the owner to close
   * it in order (crawls first); without it, it stops at once. No effect on an external server.
   */
  public void holdOnExit(Duration d) {
    if (embeddedStop != null) {
      embeddedStop.hold(d);
    }
  }

  private static EmbeddedPostgres startEmbedded(DbConfig c) {
    Path dir = expandHome(c.embeddedDir());
    try {
      Files.createDirectories(dir);
      OrphanPostgres.stop(dir, 10);
      EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false);
      if (c.embeddedPort() > 0) {
        b.setPort(c.embeddedPort());
      }
      EmbeddedPostgres pg = b.start();
      LOG.info("embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
      return pg;
    } catch (IOException | RuntimeException e) {
      throw new DatabaseUnavailableException("(configuration)", "db.embeddedDir",
          "cannot start the embedded PostgreSQL with data in " + dir + ": " + e.getMessage()
              + " (set db.url to use a PostgreSQL server instead)", e);
    }
  }

  private static HikariDataSource dataSource(ConnectionTarget target, DbConfig c) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(target.jdbcUrl());
    hc.setUsername(target.user());
    hc.setPassword(target.password());
    hc.setMaximumPoolSize(JDBC_POOL_SIZE);
    hc.setMinimumIdle(1);
    hc.setConnectionTimeout(10_000);
    hc.setPoolName("observatorio-jdbc");
    try {
      return new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw unreachable(target, c, e);
    }
  }

  private static void migrate(HikariDataSource ds, ConnectionTarget target) {
    try {
      migrate(ds);
    } catch (RuntimeException e) {
      ds.close();
      throw new ConfigException("(database)", "db.url",
          "migrating the database at " + target.displayUrl() + " failed: " + e.getMessage(), e);
    }
  }

  private static DatabaseUnavailableException unreachable(ConnectionTarget t, DbConfig c, Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new DatabaseUnavailableException("(configuration)", c.embedded() ? "db.embeddedDir" : "db.url",
        "cannot connect to PostgreSQL at " + t.displayUrl() + " as user '" + t.user() + "': "
            + root.getMessage(), e);
  }

  static Path expandHome(String dir) {
    String d = dir == null || dir.isBlank() ? "~/.observatorio/pgdata" : dir.trim();
    return Path.of(gt.observatorio.engine.config.UserHome.expand(d)).toAbsolutePath().normalize();
  }
}
