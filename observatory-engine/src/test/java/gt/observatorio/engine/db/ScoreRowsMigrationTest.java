package gt.observatorio.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.store.JsonCodec;
import gt.observatorio.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V190 (compact score rows) on databases written at V175, the schema before it. V190 drops the score row's copies
 * of its card's rule set, score and maximum after checking them against the card. Cards here hold their rule set as
 * an object, as {@code compact_card} keeps it when no {@code card_rule_set} row matches (the history generator
 * wrote every card so before V190, and V190's check then failed casting it to an id). A row the first builds wrote
 * with a non-finite score (stored as it was; the card holds it as the string "NaN") is equal to its card and
 * migrates ({@link ScoreRowsBeforeV190}); a row that says something its card does not (as the history generator
 * wrote before V190: a rule set hash of its own) makes the migration refuse and leaves the database as it was.
 * V210 (a card's values stored once) on a card written at V201 that repeats a URL at two positions: read back the
 * same by the read model and by the publication events.
 */
class ScoreRowsMigrationTest {
  /** Each outcome of the card as the publication events read it (card_outcome_at, V201). */
  private static final String OUTCOMES = """
      select jsonb_agg(card_outcome_at(s.card, e.o, e.x) order by e.o)::text
      from score s join card_rule_list l on l.id = (s.card->>'rules')::bigint,
        jsonb_array_elements(l.body) with ordinality as e(x, o)""";
  private static final RuleSetInfo RULE_SET = new RuleSetInfo("observatorio", "observatorio", "1.0.0",
      JsonCodec.sha256("observatorio"));

  @Test
  void nonFiniteScoresStoredByTheFirstBuildsMigrateWithTheirCardsKeepingThem() throws SQLException {
    DataSource ds = at("score_rows_nan", "175");
    ScoreCard broken = card(Double.NaN, Double.POSITIVE_INFINITY);
    ScoreCard fine = card(54, 66);
    try (Connection c = ds.getConnection()) {
      insert(c, 1, broken, RULE_SET.contentHash(), Double.NaN, Double.POSITIVE_INFINITY);
      insert(c, 2, fine, RULE_SET.contentHash(), 54, 66);
    }

    Database.migrate(ds);

    try (Connection c = ds.getConnection()) {
      assertThat(appliedVersion(c)).isGreaterThanOrEqualTo(190);
      assertThat(stored(c, 1)).isEqualTo(JsonCodec.scoreCard(broken));
      assertThat(stored(c, 2)).isEqualTo(JsonCodec.scoreCard(fine));
      assertThat(JsonCodec.scoreCard(stored(c, 1)).score()).isNaN();
      assertThat(JsonCodec.scoreCard(stored(c, 1)).maxScore()).isInfinite();
      assertThat(scalar(c, "select count(*) from score where jsonb_typeof(card->'ruleSet') <> 'number'"))
          .as("rule sets by id").isEqualTo("0");
    }
  }

  @Test
  void aRowThatSaysMoreThanItsCardIsRefusedAndKept() throws SQLException {
    DataSource ds = at("score_rows_differ", "175");
    try (Connection c = ds.getConnection()) {
      insert(c, 1, card(54, 66), "hash-of-the-generator-not-the-card", 54, 66);
    }

    assertThatThrownBy(() -> Database.migrate(ds)).hasStackTraceContaining("differ from their cards");

    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("select rule_set_hash, score, max_score from score")) {
      assertThat(appliedVersion(c)).isEqualTo(175);
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("hash-of-the-generator-not-the-card");
      assertThat(rs.getDouble(2)).isEqualTo(54);
      assertThat(rs.getDouble(3)).isEqualTo(66);
      assertThat(scalar(c, "select jsonb_typeof(card->'ruleSet') from score"))
          .as("what ran before V190, in its transaction, is undone with it").isEqualTo("object");
      assertThat(scalar(c, "select count(*) from card_rule_set")).isEqualTo("0");
    }
  }

  @Test
  void valuesRepeatedAtSeveralPositionsAreStoredOnceAndCardsReadBackAsBefore() throws SQLException {
    DataSource ds = at("card_values_once", "201");
    String url = "http://portal.test/files/a/0.csv";
    String card = "{\"ruleSet\": {\"id\": \"observatorio\", \"profile\": \"observatorio\", \"version\": \"1.0.0\","
        + " \"contentHash\": \"ab\"}, \"score\": 1, \"maxScore\": 3, \"rules\": 1, \"ruleValues\": {\"1\": [\"" + url
        + "\"], \"3\": [\"" + url + "\"]}}";
    String before;
    String outcomes;
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("insert into card_rule (id, body) values"
          + " (1, '{\"ruleId\": \"format.open\", \"findings\": [{\"evidence\": \"\\u00010\\u0002\"}]}'),"
          + " (2, '{\"ruleId\": \"licensing.declared\", \"findings\": []}'),"
          + " (3, '{\"ruleId\": \"access.size\", \"findings\": [{\"evidence\": \"\\u00010\\u0002\"}]}')");
      st.execute("insert into card_rule_list (id, body) values (1, '[1, 2, 3]')");
      st.execute("insert into score (dataset_id, content_hash, profile, percent, findings, dimensions, card)"
          + " values (1, '\\x01', 'observatorio', 33.3, 2, '{\"format\": 50.0}', '" + card + "')");
      before = readBack(c);
      outcomes = scalar(c, OUTCOMES);
    }
    assertThat(before).contains("\"evidence\": \"" + url + "\"").doesNotContain("\\u0001");

    Database.migrate(ds);

    try (Connection c = ds.getConnection()) {
      assertThat(readBack(c)).isEqualTo(before);
      assertThat(scalar(c, OUTCOMES)).as("publication events' reading (V201)").isEqualTo(outcomes)
          .contains(url).doesNotContain("\\u0001");
      assertThat(scalar(c, "select card->'ruleValues'->'3' from score")).isEqualTo("1");
    }
  }

  /** A database migrated to the given version, with an institution, its source and two datasets. */
  private static DataSource at(String name, String version) throws SQLException {
    DataSource ds = TestDatabase.createDatabase(name);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("insert into institution (code, name) values ('MINTRAB', 'Ministerio de Trabajo')");
      st.execute("insert into source (id, institution_code, url, kind, cron) values"
          + " ('mintrab-ckan', 'MINTRAB', 'http://127.0.0.10/catalogo', 'ckan', '0 0 3 ? * MON')");
      st.execute("insert into dataset (source_id, identifier) values ('mintrab-ckan', 'a'), ('mintrab-ckan', 'b')");
    }
    return ds;
  }

  private static ScoreCard card(double score, double max) {
    return new ScoreCard(RULE_SET, score, max, Map.of("format", 80.0),
        List.of(new RuleOutcome("format.open", "format", score, max, true, List.of())), null);
  }

  /** A score row as DatasetRepository wrote it at V175, its copies of the card's values given. */
  private static void insert(Connection c, long dataset, ScoreCard card, String ruleSetHash, double score,
      double max) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("""
        insert into score (dataset_id, content_hash, profile, rule_set_id, rule_set_version, rule_set_hash,
          score, max_score, percent, rating, findings, dimensions, card)
        values (?, ?, 'observatorio', 'observatorio', '1.0.0', ?, ?, ?, 0, null, 0, '{"format": 80.0}',
          compact_card(cast(? as jsonb)))""")) {
      st.setLong(1, dataset);
      st.setString(2, JsonCodec.scoreCardHash(card));
      st.setString(3, ruleSetHash);
      st.setDouble(4, score);
      st.setDouble(5, max);
      st.setString(6, JsonCodec.scoreCard(card));
      st.executeUpdate();
    }
  }

  /** The card as the read model gives it back. */
  private static String stored(Connection c, long dataset) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "select score_card(card, dimensions, rating)::text from score where dataset_id = " + dataset)) {
      assertThat(rs.next()).isTrue();
      return JsonCodec.scoreCard(JsonCodec.scoreCard(rs.getString(1)));
    }
  }

  /** The only card as the read model gives it back. */
  private static String readBack(Connection c) throws SQLException {
    return scalar(c, "select score_card(card, dimensions, rating)::text from score");
  }

  private static String scalar(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static int appliedVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "select max(version::int) from flyway_schema_history where success and version ~ '^[0-9]+$'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
