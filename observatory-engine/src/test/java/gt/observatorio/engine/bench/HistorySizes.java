package gt.observatorio.engine.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sizes of the observatory's tables (heap, TOAST and indexes) against a naive store that would
 * rewrite every dataset's metadata, raw record, full score cards (with findings, as {@code score_card}
 * gives them back) and probe results every week: one such week is materialised for real, then multiplied by the number of weeks.
 */
final class HistorySizes {
  /** Every table of the schema but Quartz's and Flyway's, biggest first. */
  private static final String TABLES = """
      select c.relname, greatest(c.reltuples, 0)::bigint, pg_total_relation_size(c.oid)
      from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
        and c.relname not like 'qrtz%' and c.relname not like 'gen\\_%' and c.relname <> 'flyway_schema_history'
      order by 3 desc""";

  /**
   * One dataset in this many is materialised for the naive week ({@code -Dhistory.naiveEvery}, 1: all), its size
   * multiplied back: full cards are read through {@code score_card}, which takes a long time for a whole week.
   */
  private static final int NAIVE_EVERY = Integer.getInteger("history.naiveEvery", 1);

  private HistorySizes() {}

  static void report(Connection c, HistoryShape s) throws SQLException {
    long total = tables(c);
    System.out.printf("observatory total: %.1f MiB%n", total / 1048576.0);
    long naiveWeek = naiveWeek(c, s);
    int keptWeeks = s.weeks() - s.keptFrom();
    long datasetWeeks = (long) s.datasets() * s.weeks();
    System.out.printf("naive snapshot, one week (materialised): %.1f MiB (%.0f bytes per dataset)%n",
        naiveWeek / 1048576.0, (double) naiveWeek / s.datasets());
    System.out.printf("naive snapshots x %d weeks: %.1f MiB%n", s.weeks(), naiveWeek * (double) s.weeks() / 1048576.0);
    System.out.printf("ratio naive / observatory: %.1f x (observatory keeps crawl details of %d weeks,"
        + " history of %d)%n", naiveWeek * (double) s.weeks() / total, keptWeeks, s.weeks());
    System.out.printf("observatory bytes per dataset-week (over %d weeks): %.0f%n", s.weeks(),
        (double) total / datasetWeeks);
  }

  /** Prints every table of at least 1 MiB (estimated rows, MiB, bytes per row); gives the bytes of all of them. */
  static long tables(Connection c) throws SQLException {
    long total = 0;
    System.out.println("table                     rows (est.)   total MiB   bytes/row");
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TABLES)) {
      while (rs.next()) {
        long rows = rs.getLong(2);
        long bytes = rs.getLong(3);
        total += bytes;
        if (bytes >= 1 << 20) {
          System.out.printf("%-22s %14d %11.1f %11.0f%n", rs.getString(1), rows, bytes / 1048576.0,
              rows == 0 ? 0.0 : (double) bytes / rows);
        }
      }
    }
    System.out.println("(tables under 1 MiB not listed; counted in the total)");
    return total;
  }

  private static long naiveWeek(Connection c, HistoryShape s) throws SQLException {
    String week = HistoryBenchmark.scalar(c, "select max(week) from crawl_run");
    try (Statement st = c.createStatement()) {
      st.execute("set work_mem = '256MB'");
      st.execute("create table naive_snapshot as select r.week, rd.dataset_id, r.source_id, g.metadata, g.raw,"
          + " (select jsonb_agg(score_card(s.card, s.dimensions, s.rating) order by s.profile) from score s"
          + "  where s.id = any(rd.score_ids)) as cards,"
          + " (select jsonb_agg(p.result) from (select distinct on (po.url) po.result from gen_probe po"
          + "  where po.url = any (array(select " + probeUrl(s) + " from generate_series("
          + "  (rd.dataset_id - 1) * " + s.distributionsPerDataset() + " + 1, rd.dataset_id * "
          + s.distributionsPerDataset() + ") u)) order by po.url, po.id desc) p) as probes"
          + " from run_dataset rd join crawl_run r on r.id = rd.run_id join gen_version g on g.id = rd.version_id"
          + " where r.week = '" + week + "' and rd.dataset_id % " + NAIVE_EVERY + " = 0");
      st.execute("alter table naive_snapshot add primary key (week, dataset_id)");
      st.execute("vacuum analyze naive_snapshot");
      try (ResultSet rs = st.executeQuery("select count(*), count(cards), count(probes),"
          + " pg_total_relation_size('naive_snapshot') from naive_snapshot")) {
        rs.next();
        System.out.printf("naive snapshot rows: %d (with cards %d, with probes %d; one dataset in %d)%n",
            rs.getLong(1), rs.getLong(2), rs.getLong(3), NAIVE_EVERY);
        return rs.getLong(4) * NAIVE_EVERY;
      } finally {
        st.execute("drop table naive_snapshot");
      }
    }
  }

  private static String probeUrl(HistoryShape s) {
    int dist = s.distributionsPerDataset();
    return "'https://datos' || ((u - 1) / " + dist + " / " + s.datasetsPerSource() + " + 1) || '.example.gt/dataset/ds-'"
        + " || ((u - 1) / " + dist + " + 1) || '/resource/' || ((u - 1) % " + dist + " + 1) || '/download/datos.csv'";
  }
}
