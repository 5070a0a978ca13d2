package gt.observatorio.engine.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk-loading helpers of the history generator: statements split by dataset range over several
 * connections, indexes rebuilt after a load, and the generator's SQL shorthands.
 */
abstract class BulkSql {
  static final int CHUNKS = 4;
  static final String[] SESSION = {"set session_replication_role = replica", // no foreign key checks
      "set synchronous_commit = off", "set work_mem = '256MB'", "set maintenance_work_mem = '1GB'"};
  final DataSource ds;
  final Connection c;
  final HistoryShape s;

  BulkSql(DataSource ds, Connection c, HistoryShape s) {
    this.ds = ds;
    this.c = c;
    this.s = s;
  }

  /** Runs a statement over {@link #CHUNKS} ranges of dataset ids at once, on as many connections. */
  void parallel(String sql) throws SQLException {
    int step = (s.datasets() + CHUNKS - 1) / CHUNKS;
    List<java.util.concurrent.CompletableFuture<Void>> all = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CHUNKS);
    for (int i = 0; i < CHUNKS; i++) {
      String chunk = sub(sql.replace("{D_FROM}", Integer.toString(i * step + 1))
          .replace("{D_TO}", Integer.toString(Math.min(s.datasets(), (i + 1) * step))));
      all.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
          for (String set : SESSION) {
            st.execute(set);
          }
          st.execute(chunk);
        } catch (SQLException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }, pool));
    }
    try {
      java.util.concurrent.CompletableFuture.allOf(all.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new SQLException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Drops a table's primary key and indexes, runs the load, and builds them again. */
  void withIndexesRebuilt(String table, SqlStep load) throws SQLException {
    List<String> restore = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select indexname, indexdef,"
        + " exists (select 1 from pg_constraint k where k.conname = indexname and k.contype = 'p') as pk"
        + " from pg_indexes where tablename = '" + table + "'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (rs.getBoolean(3)) {
          drop.add("alter table " + table + " drop constraint " + name);
          restore.add("alter table " + table + " add constraint " + name + " primary key using index " + name);
          restore.add(0, rs.getString(2).replace("CREATE INDEX", "CREATE UNIQUE INDEX"));
        } else {
          drop.add("drop index " + name);
          restore.add(rs.getString(2));
        }
      }
    }
    for (String sql : drop) {
      exec(sql);
    }
    load.run();
    for (String sql : restore) {
      exec(sql);
    }
  }

  private static final java.util.regex.Pattern FN =
      java.util.regex.Pattern.compile("\\b(HASH|SRC|CHANCE|URL|CODE)\\[([^\\[\\]]*)]");

  /** Expands the generator's shorthands (FN[expr]) and the shape's numbers ({W}, {I}, ...). */
  String sub(String sql) {
    String out = FN.matcher(sql).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(fn(m.group(1), m.group(2))));
    return out.replace("{W}", Integer.toString(s.weeks())).replace("{I}", Integer.toString(s.institutions()))
        .replace("{D}", Integer.toString(s.datasets())).replace("{DIST}", Integer.toString(s.distributionsPerDataset()))
        .replace("{PER}", Integer.toString(s.datasetsPerSource())).replace("{K}", Integer.toString(s.keptFrom()))
        .replace("{CHURN}", Integer.toString(s.churnBp())).replace("{PCHURN}", Integer.toString(s.probeChurnBp()))
        .replace("{PSCORE}", Integer.toString(10_000 / s.probeScoreShare()))
        .replace("{EPOCH}", Integer.toString(s.ruleSetEpochWeeks()));
  }

  private static String fn(String name, String e) {
    return switch (name) {
      case "HASH" -> "encode(sha256(convert_to(" + e + ", 'UTF8')), 'hex')";
      case "SRC" -> "((" + e + " - 1) / {PER} + 1)";
      case "CHANCE" -> "((hashint8(" + e.substring(0, e.indexOf('|')) + ") & 2147483647) % 10000 < "
          + e.substring(e.indexOf('|') + 1) + ")";
      case "URL" -> "('https://datos' || ((" + e + " - 1) / {DIST} / {PER} + 1) || '.example.gt/dataset/ds-' || (("
          + e + " - 1) / {DIST} + 1) || '/resource/' || ((" + e + " - 1) % {DIST} + 1) || '/download/datos.csv')";
      default -> "('I' || lpad((" + e + ")::text, 4, '0'))";
    };
  }

  void exec(String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static void timed(String label, SqlStep step) throws SQLException {
    long t0 = System.nanoTime();
    step.run();
    System.out.printf("  %-32s %6.1f s%n", label, (System.nanoTime() - t0) / 1e9);
  }

  interface SqlStep {
    void run() throws SQLException;
  }
}
