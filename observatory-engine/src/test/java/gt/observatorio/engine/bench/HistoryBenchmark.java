package gt.observatorio.engine.bench;

import gt.observatorio.engine.db.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Generates years of weekly history in an embedded PostgreSQL (temporary directory) with the real
 * schema and storage model, compares its size with naive weekly snapshots, and measures the read
 * model's rankings-over-time queries through the Vert.x client. Not a unit test. Arguments: weeks,
 * institutions, datasets, retained weeks (0: every week's crawl details kept), measure latency
 * (true), and optionally a data directory to keep (the generated database stays there, stopped, for
 * {@code web/bench/country-load.sh} to serve). See docs/benchmarks-history.md for the command.
 */
public final class HistoryBenchmark {
  private HistoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    HistoryShape shape = HistoryShape.parse(args);
    System.out.println("shape: " + shape);
    System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
        Files.readString(Path.of("/proc/loadavg")).trim());
    boolean keep = args.length > 5;
    Path dir = keep ? Path.of(args[5]).toAbsolutePath() : Files.createTempDirectory("observatorio-history-bench");
    if (keep) {
      deleteTree(dir);
    }
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(!keep)
        .setServerConfig("max_wal_size", "2GB").setServerConfig("checkpoint_timeout", "30min")
        .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off")
        .setServerConfig("shared_buffers", "512MB").start()) {
      Database.migrate(pg.getPostgresDatabase());
      try (Connection c = pg.getPostgresDatabase().getConnection()) {
        System.out.println("postgres: " + scalar(c, "select version()"));
        long t0 = System.nanoTime();
        new HistoryGenerator(pg.getPostgresDatabase(), c, shape).generate();
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        HistorySizes.report(c, shape);
        HistoryGenerator.dropStaging(c);
      }
      if (args.length < 5 || Boolean.parseBoolean(args[4])) {
        HistoryLatency.measure(pg.getPort(), shape);
      }
    } finally {
      if (!keep) {
        deleteTree(dir);
      }
    }
    System.exit(0);
  }

  static String scalar(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
