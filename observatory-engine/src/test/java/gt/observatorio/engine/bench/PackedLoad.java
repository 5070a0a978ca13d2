package gt.observatorio.engine.bench;

import gt.observatorio.engine.store.PackedText;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

/**
 * Moves generated dataset versions and probe results from the generator's staging tables (plain JSON) into
 * the observatory's tables packed by the application's own {@link PackedText}, as the pipeline stores them
 * (PostgreSQL has no deflate of its own). By id ranges over {@link BulkSql#CHUNKS} connections at once.
 */
final class PackedLoad {
  private static final int BATCH = 2000;
  private static final String VERSIONS = """
      select g.id, g.dataset_id, g.content_hash, g.metadata::text, g.raw, g.metadata->>'identifier',
        g.metadata->>'title', g.metadata->>'description', g.metadata->>'modified', g.metadata->>'publisher',
        array(select d->>'format' from jsonb_array_elements(coalesce(g.metadata->'distributions', '[]'::jsonb))
                with ordinality as e(d, o) order by o), g.first_run_id, g.created_at
      from gen_version g where g.id between ? and ? order by g.id""";
  private static final String INSERT_VERSION = """
      insert into dataset_version (id, dataset_id, content_hash, record, identifier, title, description, modified,
        publisher, formats, first_run_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String PROBES = """
      select g.url, decode(g.result_hash, 'hex'), g.result::text, g.first_checked, g.last_checked, g.first_run_id
      from gen_probe g where g.id between ? and ? order by g.id""";
  private static final String INSERT_PROBE = """
      insert into probe_observation (url, result_hash, packed, first_checked, last_checked, first_run_id)
      values (?, ?, ?, ?, ?, ?)""";

  private PackedLoad() {}

  static void versions(DataSource ds, long maxId) throws SQLException {
    run(ds, maxId, VERSIONS, INSERT_VERSION, (rs, ins) -> {
      ins.setLong(1, rs.getLong(1));
      ins.setLong(2, rs.getLong(2));
      ins.setString(3, rs.getString(3));
      ins.setBytes(4, PackedText.packDataset(rs.getString(4), rs.getString(5)));
      for (int i = 6; i <= 10; i++) {
        ins.setString(i - 1, rs.getString(i));
      }
      Array formats = rs.getArray(11);
      ins.setArray(10, formats);
      ins.setLong(11, rs.getLong(12));
      ins.setObject(12, rs.getObject(13));
    });
  }

  static void probes(DataSource ds, long maxId) throws SQLException {
    run(ds, maxId, PROBES, INSERT_PROBE, (rs, ins) -> {
      ins.setString(1, rs.getString(1));
      ins.setBytes(2, rs.getBytes(2));
      ins.setBytes(3, PackedText.pack(PackedText.Format.PROBE, rs.getString(3), rs.getString(1)));
      ins.setObject(4, rs.getObject(4));
      ins.setObject(5, rs.getObject(5));
      ins.setLong(6, rs.getLong(6));
    });
  }

  private interface RowCopy {
    void copy(ResultSet rs, PreparedStatement insert) throws SQLException;
  }

  private static void run(DataSource ds, long maxId, String select, String insert, RowCopy copy) throws SQLException {
    chunks(ds, maxId, (c, from, to) -> {
      c.setAutoCommit(false);
      try (PreparedStatement read = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(insert)) {
        read.setFetchSize(BATCH);
        read.setLong(1, from);
        read.setLong(2, to);
        int n = 0;
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            copy.copy(rs, write);
            write.addBatch();
            if (++n % BATCH == 0) {
              write.executeBatch();
            }
          }
        }
        write.executeBatch();
      }
      c.commit();
    });
  }

  /** Work on the ids {@code from..to} of one chunk, on a connection of its own. */
  interface Chunk {
    void run(Connection c, long from, long to) throws SQLException;
  }

  /** Ids 1..maxId in {@link BulkSql#CHUNKS} chunks, each on its own connection (session settings applied), at once. */
  static void chunks(DataSource ds, long maxId, Chunk chunk) throws SQLException {
    long step = (maxId + BulkSql.CHUNKS - 1) / BulkSql.CHUNKS;
    ExecutorService pool = Executors.newFixedThreadPool(BulkSql.CHUNKS);
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int i = 0; i < BulkSql.CHUNKS; i++) {
      long from = i * step + 1;
      long to = Math.min(maxId, (i + 1) * step);
      all.add(CompletableFuture.runAsync(() -> {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
          for (String set : BulkSql.SESSION) {
            st.execute(set);
          }
          chunk.run(c, from, to);
        } catch (SQLException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }, pool));
    }
    try {
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw new SQLException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
