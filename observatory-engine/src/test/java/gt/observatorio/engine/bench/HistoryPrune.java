package gt.observatorio.engine.bench;

import gt.observatorio.engine.store.Retention;
import gt.observatorio.engine.store.RetentionConfig;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * Applies the real {@link Retention} to a history database kept by {@link HistoryBenchmark} with every week's
 * details (its sixth argument), one day after the last crawl, then reports what each table holds before and after,
 * what no kept card refers to any more (interned rule outcomes and lists, which retention does not prune), and the
 * sizes after {@code vacuum full}: the store retention leaves, to compare with a history generated with only the
 * retained weeks (the generator's staging tables, if a stopped benchmark left them, are dropped first). Not a unit
 * test. Arguments: data directory, retained weeks (104 by default).
 */
public final class HistoryPrune {
  private static final String[] TABLES = {"crawl_run", "run_dataset", "dataset", "dataset_version", "score",
      "probe_observation", "card_rule", "card_rule_list", "card_rule_set", "rule_text", "institution_week"};
  private static final String ORPHANS = """
      with lists as (select distinct (card->>'rules')::bigint as id from score
                     where jsonb_typeof(card->'rules') = 'number'),
        used as (select distinct (case jsonb_typeof(x) when 'array' then x->>0 else x::text end)::bigint as id
                 from (select l.body from card_rule_list l join lists on lists.id = l.id
                       union all select card->'rules' from score where jsonb_typeof(card->'rules') = 'array') b,
                   jsonb_array_elements(b.body) x
                 where jsonb_typeof(x) in ('number', 'array'))
      select lo.n, lo.bytes, ro.n, ro.bytes
      from (select count(*) as n, coalesce(sum(pg_column_size(l.*)), 0) as bytes from card_rule_list l
            where not exists (select 1 from lists where lists.id = l.id)) lo,
        (select count(*) as n, coalesce(sum(pg_column_size(r.*)), 0) as bytes from card_rule r
         where not exists (select 1 from used where used.id = r.id)) ro""";

  private HistoryPrune() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).toAbsolutePath();
    int weeks = args.length > 1 ? Integer.parseInt(args[1]) : 104;
    Vertx vertx = Vertx.vertx();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
        .setServerConfig("fsync", "off").setServerConfig("shared_buffers", "512MB").start();
         Connection c = pg.getPostgresDatabase().getConnection()) {
      System.out.println("before: " + counts(c));
      Instant now = Instant.parse(HistoryBenchmark.scalar(c,
          "select to_char(max(finished_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from crawl_run"))
          .plus(Duration.ofDays(1));
      Pool pool = PgBuilder.pool().connectingTo(new PgConnectOptions().setPort(pg.getPort()).setHost("localhost")
          .setDatabase("postgres").setUser("postgres")).using(vertx).build();
      long t0 = System.nanoTime();
      Retention.Report report = new Retention(pool, new RetentionConfig(weeks)).prune(now)
          .toCompletionStage().toCompletableFuture().get();
      System.out.printf("Retention.prune(%s), %d weeks: %s in %.0f s%n", now, weeks, report,
          (System.nanoTime() - t0) / 1e9);
      pool.close().toCompletionStage().toCompletableFuture().get();
      System.out.println("after:  " + counts(c));
      System.out.println("weeks with runs kept: " + HistoryBenchmark.scalar(c,
          "select count(distinct week) || ' (' || min(week) || ' .. ' || max(week) || ')' from crawl_run"));
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ORPHANS)) {
        rs.next();
        System.out.printf("left by retention, no kept card refers to them: card_rule_list %d rows (%.1f MiB),"
            + " card_rule %d rows (%.1f MiB)%n", rs.getLong(1), rs.getLong(2) / 1048576.0, rs.getLong(3),
            rs.getLong(4) / 1048576.0);
      }
      try (Statement st = c.createStatement()) {
        st.execute("drop table if exists gen_version, gen_probe, naive_snapshot");
        st.execute("vacuum full");
        st.execute("analyze");
      }
      System.out.printf("after vacuum full, total: %.1f MiB%n", HistorySizes.tables(c) / 1048576.0);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
    System.exit(0);
  }

  private static String counts(Connection c) throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String t : TABLES) {
      out.append(t).append('=').append(HistoryBenchmark.scalar(c, "select count(*) from " + t)).append(' ');
    }
    return out.toString().strip();
  }

}
