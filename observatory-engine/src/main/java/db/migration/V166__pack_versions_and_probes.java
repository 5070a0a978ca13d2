package db.migration;

import gt.observatorio.engine.store.PackedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Packs the dataset versions and probe results stored before V165 (PostgreSQL has no deflate of its own): each
 * version's metadata as PostgreSQL prints it and its raw record unchanged, each probe result likewise, primed
 * with its URL. Readers parse the same JSON as before, so they get the same values. In batches, by id.
 */
public class V166__pack_versions_and_probes extends BaseJavaMigration {
  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    pack(c, "select id, metadata::text, raw from dataset_version where id > ? order by id limit " + BATCH,
        "update dataset_version set record = ? where id = ?", true);
    pack(c, "select id, url, result::text from probe_observation where id > ? order by id limit " + BATCH,
        "update probe_observation set packed = ? where id = ?", false);
  }

  private static void pack(Connection c, String select, String update, boolean versions) throws SQLException {
    long last = 0;
    try (PreparedStatement read = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(update)) {
      while (true) {
        read.setLong(1, last);
        int n = 0;
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            last = rs.getLong(1);
            write.setBytes(1, versions ? PackedText.packDataset(rs.getString(2), rs.getString(3))
                : PackedText.pack(PackedText.Format.PROBE, rs.getString(3), rs.getString(2)));
            write.setLong(2, last);
            write.addBatch();
            n++;
          }
        }
        if (n == 0) {
          return;
        }
        write.executeBatch();
      }
    }
  }
}
