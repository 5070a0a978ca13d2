package gt.observatorio.engine.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.store.DatasetView;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.store.WeekAverage;
import gt.observatorio.engine.testing.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V90 (dimensions as data) on a database that holds history written by the previous schema: migrated to
 * V87, filled the way the code of V87 wrote it (score cards with upper-case dimension names, the weekly
 * aggregate's five fixed columns computed by that code's SQL, mqa and 5-estrellas under the observatorio
 * dimensions their rules borrowed), then migrated and read through the read model.
 */
class DimensionsMigrationTest {
  static final String WEEK = "2026-W10";
  static Vertx vertx;
  static Database db;
  static PgReadModel read;

  /** WeeklyAggregates.INSERT as it was before V90 (one column per observatorio dimension). */
  static final String OLD_AGGREGATE = """
      with runs as (
        select distinct on (r.source_id) r.id
        from crawl_run r
        where r.institution_code = $1 and r.week = $2 and r.published
        order by r.source_id, r.finished_at desc nulls last, r.id desc),
      agg as (
        select rs.profile, avg(s.percent) as overall,
          avg((s.dimensions ->> 'format')::float8) as format,
          avg((s.dimensions ->> 'freshness')::float8) as freshness,
          avg((s.dimensions ->> 'licensing')::float8) as licensing,
          avg((s.dimensions ->> 'metadata')::float8) as metadata,
          avg((s.dimensions ->> 'accessibility')::float8) as accessibility,
          count(*) as datasets, coalesce(sum(rd.distributions), 0) as distributions,
          coalesce(sum(s.findings), 0) as findings
        from run_score rs
        join score s on s.id = rs.score_id
        join run_dataset rd on rd.run_id = rs.run_id and rd.dataset_id = rs.dataset_id
        where rs.run_id in (select id from runs)
        group by rs.profile),
      profiles as (select unnest($3::text[]) as profile union select profile from agg)
      insert into institution_week (profile, week, institution_code, overall, format, freshness,
        licensing, metadata, accessibility, datasets, distributions, findings, rank, run_ids)
      select p.profile, $2, $1, coalesce(a.overall, 0), a.format, a.freshness, a.licensing, a.metadata,
        a.accessibility, coalesce(a.datasets, 0), coalesce(a.distributions, 0), coalesce(a.findings, 0), 0,
        (select array_agg(id order by id) from runs)
      from profiles p left join agg a on a.profile = p.profile
      where exists (select 1 from runs)""";

  @BeforeAll
  static void migrateOldHistory() throws SQLException {
    vertx = Vertx.vertx();
    String name = "dims_migration";
    DataSource ds = TestDatabase.createDatabase(name);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("87").load().migrate();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      writeLikeTheOldCode(st);
    }
    Database.migrate(ds);
    db = Database.start(vertx, TestDatabase.config(name));
    read = new PgReadModel(db.pool());
  }

  @AfterAll
  static void close() {
    if (db != null) {
      db.close();
    }
    vertx.close().toCompletionStage().toCompletableFuture().join();
  }

  private static void writeLikeTheOldCode(Statement st) throws SQLException {
    st.execute("insert into institution (code, name) values ('MINTRAB', 'Ministerio de Trabajo y Previsión Social')");
    st.execute("insert into source (id, institution_code, url, kind, cron) values"
        + " ('mintrab-ckan', 'MINTRAB', 'http://127.0.0.10/catalogo', 'ckan', '0 0 3 ? * MON')");
    st.execute("insert into crawl_run (source_id, institution_code, state, week, started_at, finished_at,"
        + " datasets, published) values ('mintrab-ckan', 'MINTRAB', 'succeeded', '" + WEEK + "', now(), now(), 2, true)");
    st.execute("insert into dataset (source_id, identifier) values ('mintrab-ckan', 'a'), ('mintrab-ckan', 'b')");
    st.execute("insert into dataset_version (dataset_id, content_hash, metadata, first_run_id) values"
        + " (1, 'ha', '{\"identifier\":\"a\",\"title\":\"Empleo\",\"distributions\":[]}', 1),"
        + " (2, 'hb', '{\"identifier\":\"b\",\"title\":\"Salarios\",\"distributions\":[]}', 1)");
    st.execute("insert into run_dataset values (1, 1, 1, 1), (1, 2, 2, 1)");
    score(st, 1, "observatorio", 72, 100, "bueno",
        "{\"format\":80.0,\"freshness\":50.0,\"licensing\":100.0,\"metadata\":70.0,\"accessibility\":60.0}",
        outcome("format.open", "FORMAT", 8, 10, true, null));
    score(st, 2, "observatorio", 65, 100, "bueno", "{\"format\":40.0,\"metadata\":90.0}",
        outcome("format.open", "FORMAT", 4, 10, true, null));
    score(st, 1, "mqa", 120, 240, "Sufficient", "{\"metadata\":55.0,\"accessibility\":100.0,\"licensing\":100.0}",
        outcome("mqa.keywordAvailability", "METADATA", 30, 30, true, null) + ","
        + outcome("mqa.categoryAvailability", "METADATA", 0, 30, true, "mqa.categoryAvailability") + ","
        + outcome("mqa.spatialAvailability", "METADATA", 20, 20, true, null) + ","
        + outcome("mqa.temporalAvailability", "METADATA", 0, 20, true, null) + ","
        + outcome("mqa.accessUrlStatusCode", "ACCESSIBILITY", 0, 50, false, null) + ","
        + outcome("mqa.downloadUrlAvailability", "ACCESSIBILITY", 20, 20, true, null) + ","
        + outcome("mqa.licenceAvailability", "LICENSING", 20, 20, true, null));
    score(st, 2, "mqa", 60, 120, "Bad", "{\"metadata\":60.0,\"accessibility\":0.0}",
        outcome("mqa.keywordAvailability", "METADATA", 30, 30, true, null) + ","
        + outcome("mqa.categoryAvailability", "METADATA", 30, 30, true, null) + ","
        + outcome("mqa.spatialAvailability", "METADATA", 0, 20, true, null) + ","
        + outcome("mqa.temporalAvailability", "METADATA", 0, 20, true, null) + ","
        + outcome("mqa.downloadUrlAvailability", "ACCESSIBILITY", 0, 20, true, null));
    score(st, 1, "5-estrellas", 3, 5, "3-estrellas", "{\"format\":60.0}",
        outcome("stars.openness", "FORMAT", 3, 5, true, null));
    score(st, 2, "5-estrellas", 1, 5, "1-estrella", "{\"format\":20.0}",
        outcome("stars.openness", "FORMAT", 1, 5, true, null));
    st.execute(OLD_AGGREGATE.replace("$1", "'MINTRAB'").replace("$2", "'" + WEEK + "'")
        .replace("$3", "array['observatorio','mqa','5-estrellas']"));
    st.execute("update institution_week set rank = 1");
  }

  private static void score(Statement st, long dataset, String profile, double score, double max, String rating,
      String dims, String rules) throws SQLException {
    String upper = dims.replace("\"format\"", "\"FORMAT\"").replace("\"freshness\"", "\"FRESHNESS\"")
        .replace("\"licensing\"", "\"LICENSING\"").replace("\"metadata\"", "\"METADATA\"")
        .replace("\"accessibility\"", "\"ACCESSIBILITY\"");
    String card = "{\"ruleSet\":{\"id\":\"" + profile + "\",\"profile\":\"" + profile + "\",\"version\":\"1.0.0\","
        + "\"contentHash\":\"h\"},\"score\":" + score + ",\"maxScore\":" + max + ",\"dimensions\":" + upper
        + ",\"rules\":[" + rules + "],\"rating\":\"" + rating + "\"}";
    st.execute("insert into score (dataset_id, content_hash, profile, rule_set_id, rule_set_version, rule_set_hash,"
        + " score, max_score, percent, rating, findings, dimensions, card) values (" + dataset + ", '" + profile
        + dataset + "', '" + profile + "', '" + profile + "', '1.0.0', 'h', " + score + ", " + max + ", "
        + (100 * score / max) + ", '" + rating + "', 0, '" + dims + "', '" + card + "')");
    st.execute("insert into run_score values (1, " + dataset + ", '" + profile + "', currval('score_id_seq'))");
  }

  private static String outcome(String rule, String dim, double points, double max, boolean measured, String finding) {
    String findings = finding == null ? "" : "{\"ruleId\":\"" + finding + "\",\"dimension\":\"" + dim
        + "\",\"severity\":\"WARNING\",\"message\":{\"es\":\"Sin tema\",\"en\":\"No theme\"},\"observed\":null,"
        + "\"expected\":\"dcat:theme\",\"evidence\":\"themes\",\"advice\":{\"es\":\"Asigne un tema\",\"en\":\"Add a theme\"}}";
    return "{\"ruleId\":\"" + rule + "\",\"dimension\":\"" + dim + "\",\"points\":" + points + ",\"maxPoints\":" + max
        + ",\"measured\":" + measured + ",\"findings\":[" + findings + "]}";
  }

  private static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  @Test
  void observatorioHistoryKeepsItsFiveDimensionsAndOverall() {
    List<InstitutionWeek> h = join(read.history("MINTRAB", "observatorio"));
    assertThat(h).hasSize(1);
    assertThat(h.get(0).overall()).isCloseTo(68.5, within(1e-9));
    assertThat(h.get(0).dimensions()).containsOnlyKeys("format", "freshness", "licensing", "metadata", "accessibility");
    assertThat(h.get(0).dimensions().get("format")).isCloseTo(60.0, within(1e-9));
    assertThat(h.get(0).dimensions().get("freshness")).isCloseTo(50.0, within(1e-9));
    assertThat(h.get(0).dimensions().get("metadata")).isCloseTo(80.0, within(1e-9));
  }

  @Test
  void mqaHistoryIsCarriedOverToItsOwnDimensionsInPointsFromTheStoredCards() {
    InstitutionWeek w = join(read.history("MINTRAB", "mqa")).get(0);
    // findability: (100 × 50/100 + 100 × 60/100) / 2; accessibility: (100 × 20/20 + 0) / 2 (an unmeasured
    // indicator counts neither way); reusability measured on dataset a only: 75 × 20/20.
    assertThat(w.dimensions()).containsOnlyKeys("findability", "accessibility", "reusability");
    assertThat(w.dimensions().get("findability")).isCloseTo(55.0, within(1e-9));
    assertThat(w.dimensions().get("accessibility")).isCloseTo(50.0, within(1e-9));
    assertThat(w.dimensions().get("reusability")).isCloseTo(75.0, within(1e-9));
    assertThat(w.overall()).isCloseTo(50.0, within(1e-9));

    List<RankingRow> ranking = join(read.rankings(IsoWeek.parse(WEEK), "mqa"));
    assertThat(ranking.get(0).week().dimensions()).isEqualTo(w.dimensions());
    List<WeekAverage> averages = join(read.weeklyAverages("mqa"));
    assertThat(averages.get(0).dimensions().get("findability")).isCloseTo(55.0, within(1e-9));
  }

  @Test
  void fiveStarsHistoryIsCarriedOverInStars() {
    InstitutionWeek w = join(read.history("MINTRAB", "5-estrellas")).get(0);
    assertThat(w.dimensions()).containsOnlyKeys("stars");
    assertThat(w.dimensions().get("stars")).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void storedCardsReadWithLowerCaseIdsAndMqaRulesAndFindingsNameTheirNewDimension() {
    DatasetView obs = join(read.dataset(1, "observatorio")).orElseThrow();
    assertThat(obs.score().dimensions()).containsEntry("format", 80.0).containsEntry("accessibility", 60.0);
    assertThat(obs.score().rules().get(0).dimension()).isEqualTo("format");

    DatasetView mqa = join(read.dataset(1, "mqa")).orElseThrow();
    assertThat(mqa.score().dimensions()).isEqualTo(Map.of("findability", 50.0, "accessibility", 100.0,
        "reusability", 75.0));
    RuleOutcome category = mqa.score().rules().stream()
        .filter(r -> r.ruleId().equals("mqa.categoryAvailability")).findFirst().orElseThrow();
    assertThat(category.dimension()).isEqualTo("findability");
    assertThat(category.findings().get(0).dimension()).isEqualTo("findability");
    assertThat(join(read.datasetHistory(1, "mqa")).get(0).dimensions()).containsEntry("findability", 50.0);
  }
}
