package gt.observatorio.engine.bench;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.store.PgReadModel;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Latency of the read model's rankings-over-time queries as the API runs them: through the Vert.x
 * PostgreSQL client, one request at a time, after a warm-up. Prints p50/p95/p99/max in milliseconds.
 */
final class HistoryLatency {
  private static final int WARM_UP = 300;
  private static final int ITERATIONS = 2000;

  private HistoryLatency() {}

  static void measure(int port, HistoryShape s) {
    Vertx vertx = Vertx.vertx();
    try (Database db = Database.start(vertx, new DbConfig("postgresql://localhost:" + port + "/postgres",
        "postgres", "", "", 0, 4))) {
      PgReadModel read = new PgReadModel(db.pool());
      explain(db, "select w.institution_code, w.week, w.overall from institution_week w"
          + " where w.institution_code = 'I0500' and w.profile = 'observatorio' order by w.week");
      explain(db, """
          select i.code, w.week, w.overall, p.overall as previous_overall
          from institution_week w
          join institution i on i.code = w.institution_code
          left join lateral (select pw.overall from institution_week pw
                             where pw.institution_code = w.institution_code and pw.profile = w.profile
                               and pw.week < w.week
                             order by pw.week desc limit 1) p on true
          where w.week = (select max(week) from institution_week) and w.profile = 'observatorio'
          order by w.rank, i.code""");
      List<IsoWeek> weeks = join(read.weeks("observatorio"));
      Random random = new Random(42);
      int[] sizes = new int[2];
      run("history(code, profile), one institution, all weeks", i -> read.history(
          String.format("I%04d", 1 + random.nextInt(s.institutions())), profile(i)).map(l -> sizes[0] = l.size()));
      System.out.println("  rows per history: " + sizes[0]);
      run("rankings(week, profile), all institutions", i -> read.rankings(
          weeks.get(random.nextInt(weeks.size())), profile(i)).map(l -> sizes[1] = l.size()));
      System.out.println("  rows per ranking: " + sizes[1]);
    } finally {
      join(vertx.close());
    }
  }

  /** Prints the plan of a query shaped like the read model's (same tables, filters and order). */
  private static void explain(Database db, String sql) {
    join(db.pool().query("explain (analyze, buffers) " + sql).execute())
        .forEach(row -> System.out.println("  | " + row.getString(0)));
  }

  private static String profile(int i) {
    return HistoryShape.PROFILES[i % HistoryShape.PROFILES.length];
  }

  private static void run(String label, IntFunction<Future<?>> query) {
    for (int i = 0; i < WARM_UP; i++) {
      join(query.apply(i));
    }
    long[] nanos = new long[ITERATIONS];
    for (int i = 0; i < ITERATIONS; i++) {
      long t0 = System.nanoTime();
      join(query.apply(i));
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf("%s: %d iterations, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, ITERATIONS,
        pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1] / 1e6;
  }

  private static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }
}
