package db.migration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gt.observatorio.engine.store.CardVars;
import gt.observatorio.engine.store.InternSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rule outcomes stored before V191 that name their dataset (its own node, its URLs) become shared ones
 * ({@link CardVars}, the same code that writes new cards): each such card_rule row is stored again with
 * placeholders, every card that used it gets the entry [new id, its values], and the old row is dropped.
 * Nothing is lost: card_rules fills the values back. Numbers are kept exactly as stored.
 */
public class V192__shared_card_outcomes extends BaseJavaMigration {
  private static final int BATCH = 1000;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute("create temp table card_rule_move (old bigint primary key, entry jsonb not null)");
    }
    long max;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from card_rule")) {
      rs.next();
      max = rs.getLong(1);
    }
    try (PreparedStatement read = c.prepareStatement(
             "select id, body::text from card_rule where id > ? and id <= ? order by id limit " + BATCH);
         PreparedStatement intern = c.prepareStatement(InternSql.intern("card_rule", "?"));
         PreparedStatement move = c.prepareStatement("insert into card_rule_move (old, entry) values (?, cast(? as jsonb))")) {
      long last = 0;
      while (true) {
        read.setLong(1, last);
        read.setLong(2, max);
        List<Long> olds = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<List<String>> vars = new ArrayList<>();
        int n = 0;
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            n++;
            last = rs.getLong(1);
            ObjectNode body = (ObjectNode) JSON.readTree(rs.getString(2));
            List<String> v = CardVars.extract(body);
            if (!v.isEmpty()) {
              olds.add(last);
              bodies.add(JSON.writeValueAsString(body));
              vars.add(v);
            }
          }
        }
        if (n == 0) {
          break;
        }
        moveBatch(c, intern, move, olds, bodies, vars);
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("""
          update score s set card = jsonb_set(s.card, '{rules}', (
            select jsonb_agg(coalesce(m.entry, x) order by o)
            from jsonb_array_elements(s.card->'rules') with ordinality as e(x, o)
            left join card_rule_move m on m.old = case when jsonb_typeof(x) = 'number' then x::bigint end))
          where jsonb_typeof(s.card->'rules') = 'array' and exists (
            select 1 from jsonb_array_elements(s.card->'rules') x
            join card_rule_move m on m.old = case when jsonb_typeof(x) = 'number' then x::bigint end)""");
      st.execute("delete from card_rule r using card_rule_move m where r.id = m.old");
      st.execute("drop table card_rule_move");
    }
  }

  private static void moveBatch(Connection c, PreparedStatement intern, PreparedStatement move, List<Long> olds,
      List<String> bodies, List<List<String>> vars) throws Exception {
    if (olds.isEmpty()) {
      return;
    }
    intern.setArray(1, c.createArrayOf("text", bodies.toArray()));
    try (ResultSet rs = intern.executeQuery()) {
      while (rs.next()) {
        int i = rs.getInt("o") - 1;
        long id = rs.getLong("id");
        if (rs.wasNull()) {
          continue;
        }
        List<Object> entry = new ArrayList<>();
        entry.add(id);
        entry.addAll(vars.get(i));
        move.setLong(1, olds.get(i));
        move.setString(2, JSON.writeValueAsString(entry));
        move.addBatch();
      }
    }
    move.executeBatch();
  }
}
