package gt.observatorio.engine.bench;

import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.store.CardCompaction;
import gt.observatorio.engine.store.CardInterner;
import gt.observatorio.engine.store.InternSql;
import gt.observatorio.engine.store.JsonCodec;
import io.vertx.core.Future;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Moves generated scores from the generator's staging table (whole cards) into {@code score} with their cards
 * compacted and interned by the application's own {@link CardCompaction} and {@link CardInterner}, as the pipeline
 * stores them (the row's dimensions are the card's, as {@code CardColumns} writes them, so the stored card leaves
 * them to the row). By id ranges over {@link BulkSql#CHUNKS} connections at once (interning on one more each, committed
 * statement by statement as the pipeline does).
 */
final class CardLoad {
  private static final int BATCH = 1000;
  private static final String READ = """
      select id, dataset_id, content_hash, profile, card, created_at
      from gen_score where id between ? and ? order by id""";
  private static final String INSERT = """
      insert into score (id, dataset_id, content_hash, profile, percent, rating, findings, dimensions, card,
        created_at)
      select ?, ?, decode(?, 'hex'), ?, 81.8, 'bueno', 6, d.dims, card_apart(cast(? as jsonb), d.dims, 'bueno'), ?
      from (select cast(? as jsonb) as dims) d""";

  private CardLoad() {}

  static void scores(DataSource ds, long maxId) throws SQLException {
    PackedLoad.chunks(ds, maxId, (c, from, to) -> {
      c.setAutoCommit(false);
      try (Connection ic = ds.getConnection(); PreparedStatement read = c.prepareStatement(READ);
           PreparedStatement write = c.prepareStatement(INSERT)) {
        CardInterner interner = new CardInterner(store(ic));
        read.setFetchSize(BATCH);
        read.setLong(1, from);
        read.setLong(2, to);
        List<Object[]> rows = new ArrayList<>();
        List<ScoreCard> cards = new ArrayList<>();
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            rows.add(new Object[] {rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getObject(4),
                rs.getObject(6)});
            cards.add(JsonCodec.scoreCard(rs.getString(5)));
            if (rows.size() == BATCH) {
              write(interner, write, rows, cards);
            }
          }
        }
        write(interner, write, rows, cards);
      }
      c.commit();
    });
  }

  private static void write(CardInterner interner, PreparedStatement write, List<Object[]> rows, List<ScoreCard> cards)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Future<String[]> stored = interner.compact(new CardCompaction(cards));
    if (!stored.succeeded()) {
      throw new SQLException("cards not interned", stored.cause());
    }
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      for (int j = 0; j < 4; j++) {
        write.setObject(j + 1, row[j]);
      }
      write.setString(5, stored.result()[i]);
      write.setObject(6, row[4]);
      write.setString(7, JsonCodec.dimensions(cards.get(i).dimensions()));
      write.addBatch();
    }
    write.executeBatch();
    rows.clear();
    cards.clear();
  }

  /** Interning over a connection of its own, each statement committed. */
  private static CardInterner.BodyStore store(Connection c) {
    return (table, bodies) -> {
      try (PreparedStatement st = c.prepareStatement(InternSql.intern(table, "?"))) {
        st.setArray(1, c.createArrayOf("text", bodies));
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong("id");
            ids.add(rs.wasNull() ? null : id);
          }
        }
        return Future.succeededFuture(ids);
      } catch (SQLException e) {
        return Future.failedFuture(e);
      }
    };
  }
}
