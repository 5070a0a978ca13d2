package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.store.PackedText;
import gt.observatorio.engine.testing.TestDatabase;
import gt.observatorio.web.Observatory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V155 (compact links and score cards) on a database written by the previous schema and code: the
 * tables of a 3-week demo crawled by the observatory built just before V155, dumped as JSON in
 * {@code pre-v155/tables.json.gz}, are loaded into a database migrated to the version that build had
 * ({@code pre-v155/version.txt}); the current observatory then migrates it and serves it (as the demo
 * did: simulated data). Every public API route of {@code pre-v155/routes.txt} must answer byte for byte
 * what the old observatory answered on that same database ({@code pre-v155/api/N.body}). The resources
 * are written by {@code web/bench/pre-v155-goldens.sh} from the old build; a later change of an API
 * answer by a later change is tolerated in one way only: fields a JSON answer gained after the resources were
 * written are left out before comparing (every field the old answer had must still be there, byte for byte,
 * in the same order). Since V165-V167 (dataset versions and probe results packed by the application), every
 * version's metadata and raw record and every probe result must also read back exactly as they were stored.
 * Only JSON answers are compared (CSV and Turtle exports are kept in the resources but change
 * shape with unrelated work, e.g. a column added later). Writing the resources again needs a build of the current
 * code without V155. V160 (finding texts stored once, by id), V190
 * (compact score rows), V200 (the datasets list in one row per dataset: every row of the old list read back the
 * same) and V201 (the findings a publication's events read, the same as card_rules gives) are checked on the same
 * database.
 */
class CompactStorageMigrationTest {
  private static final String DIR = "/pre-v155/";
  /** The datasets list's rows in V167's shape, numbered by profile and dataset; the key arrays as sorted sets. */
  private static final String LISTING = """
      select row_number() over (order by profile, dataset_id), profile, dataset_id, source_id, run_id,
        institution_code, version_id, percent, rating, findings, distributions, dimensions, formats,
        array(select distinct x from unnest(format_codes) x order by 1)::text,
        array(select distinct x from unnest(finding_rules) x order by 1)::text,
        array(select distinct x from unnest(finding_dimensions) x order by 1)::text
      from %s""";
  private static final String EVENT_RULES = "array['freshness.up-to-date', 'accessibility.reachable']";
  private static final String EVENT_FINDINGS_BEFORE = "select s.id, f from score s, card_rules(s.card) r,"
      + " jsonb_array_elements(coalesce(r.rule->'findings', '[]')) f where f->>'ruleId' = any(" + EVENT_RULES + ")";
  private static final String EVENT_FINDINGS = "select s.id, f from score s, card_entries_with(s.card->'rules', "
      + EVENT_RULES + ") e, jsonb_array_elements(coalesce(card_outcome_at(s.card, e.o, e.x)->'findings', '[]')) f"
      + " where f->>'ruleId' = any(" + EVENT_RULES + ")";

  @Test
  void apiAnswersAreByteIdenticalAfterTheMigration() throws Exception {
    DataSource ds = TestDatabase.createDatabase("pre_v155");
    String version = resource(DIR + "version.txt").strip();
    assertThat(Integer.parseInt(version)).isLessThan(155);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
    try (Connection c = ds.getConnection()) {
      load(c, new String(gunzip(DIR + "tables.json.gz"), StandardCharsets.UTF_8));
      assertThat(count(c, "select count(*) from run_score")).isPositive();
    }
    List<String> routes = resource(DIR + "routes.txt").lines().filter(l -> !l.isBlank()).toList();
    long links;
    long late;
    Map<Long, List<String>> versions;
    Map<Long, List<String>> probes;
    try (Connection c = ds.getConnection()) {
      links = count(c, "select count(*) from run_score");
      versions = rows(c, "select id, metadata::text, raw from dataset_version");
      probes = rows(c, "select id, url, result::text from probe_observation");
      late = count(c, "select count(*) from score s, jsonb_array_elements(s.card->'rules') r,"
          + " jsonb_array_elements(r->'findings') f where f->>'ruleId' = 'freshness.up-to-date'"
          + " and (f->'message'->>'en' like 'Data overdue%' or f->'message'->>'en' like 'Data delinquent%')");
    }
    // V200: the datasets list's rows (one per dataset and profile until then) as they stand just before it
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("193").load().migrate();
    Map<Long, List<String>> listing;
    try (Connection c = ds.getConnection()) {
      listing = rows(c, LISTING.formatted("dataset_listing"));
    }
    try (Observatory obs = Observatory.start(TestSettings.forDatabase(TestDatabase.config("pre_v155")),
        Clock.systemUTC(), true)) {
      try (Connection c = ds.getConnection()) {
        assertThat(count(c, "select count(*) from run_score")).as("links kept").isEqualTo(links);
        assertThat(count(c, "select count(*) from score where jsonb_typeof(card->'rules'->0) = 'object'"))
            .as("cards compacted").isZero();
        // V165-V167: every version's metadata and raw record, every probe result, packed without loss
        assertThat(versions).isNotEmpty();
        assertThat(rows(c, "select id, record from dataset_version", r -> {
          String[] u = PackedText.unpackDataset(r.getBytes(2));
          return java.util.Arrays.asList(u[0], u[1]);
        })).isEqualTo(versions);
        assertThat(probes).isNotEmpty();
        assertThat(rows(c, "select id, url, packed from probe_observation",
            r -> List.of(r.getString(2), PackedText.unpack(r.getBytes(3), r.getString(2))))).isEqualTo(probes);
        // V160: every finding's texts stored once, by id; overdue findings found by their key.
        assertThat(count(c, "select count(*) from card_rule where body::text like '%\"message\"%'"))
            .as("findings by text id").isZero();
        assertThat(count(c, "select count(*) from rule_text")).isPositive();
        assertThat(count(c, "select count(*) from score where jsonb_typeof(card->'ruleSet') = 'object'"))
            .as("V161: rule sets by id").isZero();
        // V191-V193: outcomes naming their dataset shared (its node kept in the card), lists of outcomes stored once.
        assertThat(count(c, "select count(*) from card_rule where body::text like '%urn:observatorio:dataset:%'"))
            .as("no outcome names its dataset's node").isZero();
        assertThat(count(c, "select count(*) from score where jsonb_typeof(card->'rules') = 'array'"))
            .as("cards by list").isZero();
        assertThat(count(c, "select count(*) from score s, card_rules(s.card) r,"
            + " jsonb_array_elements(r.rule->'findings') f where f->>'key' in ('overdue', 'delinquent')"))
            .as("overdue findings keyed").isEqualTo(late);
        // V190: hashes as their 32 bytes; cards without the row's dimensions and rating (read back from the row)
        assertThat(count(c, "select count(*) from score where length(content_hash) <> 32")).isZero();
        assertThat(count(c, "select count(*) from score where not card ? 'dimensions'")).isPositive();
        // V200: one row per dataset; every (dataset, profile) row of the list reads back as it was
        assertThat(listing).hasSizeGreaterThan(100);
        assertThat(rows(c, LISTING.formatted("dataset_listing_by_profile"))).as("the datasets list")
            .isEqualTo(listing);
        assertThat(count(c, "select count(*) from dataset_listing"))
            .isEqualTo(count(c, "select count(distinct dataset_id) from dataset_listing_by_profile"));
        // V201: the findings a publication's events read (two rules), per card, as card_rules gives them
        assertThat(count(c, "select count(*) from (" + EVENT_FINDINGS_BEFORE + ") f")).isPositive();
        assertThat(count(c, "select count(*) from (" + EVENT_FINDINGS_BEFORE + " except all " + EVENT_FINDINGS
            + ") d")).isZero();
        assertThat(count(c, "select count(*) from (" + EVENT_FINDINGS + " except all " + EVENT_FINDINGS_BEFORE
            + ") d")).isZero();
      }
      int port = obs.serve(TestSettings.web()).await();
      ApiClient api = new ApiClient(port);
      for (int i = 0; i < routes.size(); i++) {
        if (!json(routes.get(i))) {
          continue;
        }
        HttpResponse<String> r = api.raw(routes.get(i));
        assertThat(r.statusCode()).as(routes.get(i)).isEqualTo(200);
        // Linked-data answers name the server they were asked (base.txt: where the old one listened).
        String before = resource(DIR + "api/" + i + ".body")
            .replace(resource(DIR + "base.txt").strip(), "http://127.0.0.1:" + port + "/");
        assertThat(comparable(r.body(), before)).as("GET " + routes.get(i)).isEqualTo(before);
      }
    }
  }

  /** Routes answered in JSON (JSON-LD included); CSV and Turtle exports are not compared. */
  private static boolean json(String route) {
    String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
    return !path.endsWith(".csv") && !path.endsWith(".ttl");
  }

  /**
   * The answer as the old observatory would have written it if it only lacks fields added since: a JSON
   * answer re-encoded without the object keys the old one did not have; JSON-LD (an array of nodes) without the
   * nodes and properties added since (e.g. the simulated mark), each old node matched by its {@code @id}; any other
   * answer as it is.
   */
  static String comparable(String now, String before) {
    if (before.startsWith("[") && now.startsWith("[")) {
      io.vertx.core.json.JsonArray b = new io.vertx.core.json.JsonArray(before);
      java.util.Map<Object, Object> byId = new java.util.HashMap<>();
      new io.vertx.core.json.JsonArray(now).forEach(n -> byId.put(((io.vertx.core.json.JsonObject) n).getValue("@id"), n));
      io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
      b.forEach(node -> out.add(prune(byId.get(((io.vertx.core.json.JsonObject) node).getValue("@id")), node)));
      return out.encode().equals(b.encode()) ? before : out.encodePrettily();
    }
    if (!before.startsWith("{") || !now.startsWith("{")) {
      return now;
    }
    Object pruned = prune(new io.vertx.core.json.JsonObject(now), new io.vertx.core.json.JsonObject(before));
    String encoded = ((io.vertx.core.json.JsonObject) pruned).encode();
    return encoded.equals(new io.vertx.core.json.JsonObject(before).encode()) ? before : encoded;
  }

  private static Object prune(Object now, Object before) {
    if (now instanceof io.vertx.core.json.JsonObject n && before instanceof io.vertx.core.json.JsonObject b) {
      io.vertx.core.json.JsonObject out = new io.vertx.core.json.JsonObject();
      n.forEach(e -> {
        if (b.containsKey(e.getKey())) {
          out.put(e.getKey(), prune(e.getValue(), b.getValue(e.getKey())));
        }
      });
      return out;
    }
    if (now instanceof io.vertx.core.json.JsonArray n && before instanceof io.vertx.core.json.JsonArray b
        && n.size() == b.size()) {
      io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
      for (int i = 0; i < n.size(); i++) {
        out.add(prune(n.getValue(i), b.getValue(i)));
      }
      return out;
    }
    return now;
  }

  /** Empties the dumped tables (migrations seed some) and loads the dump, foreign keys unchecked. */
  private static void load(Connection c, String dump) throws SQLException {
    io.vertx.core.json.JsonObject tables = new io.vertx.core.json.JsonObject(dump);
    try (Statement st = c.createStatement()) {
      st.execute("set session_replication_role = replica");
      st.execute("truncate " + String.join(", ", tables.fieldNames().stream().map(t -> '"' + t + '"').toList()));
    }
    for (Map.Entry<String, Object> t : tables) {
      String cols = String.join(", ", columns(c, t.getKey()));
      try (PreparedStatement ps = c.prepareStatement("insert into \"" + t.getKey() + "\" (" + cols + ") select "
          + cols + " from json_populate_recordset(null::\"" + t.getKey() + "\", cast(? as json))")) {
        ps.setString(1, t.getValue().toString());
        ps.executeUpdate();
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("""
          do $$ declare r record; begin
            for r in select c.relname as t, a.attname as col, pg_get_serial_sequence(c.relname, a.attname) as seq
                     from pg_class c join pg_attribute a on a.attrelid = c.oid
                     join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                       and pg_get_serial_sequence(c.relname, a.attname) is not null loop
              execute format('select setval(%L, coalesce((select max(%I) from %I), 0) + 1, false)', r.seq, r.col, r.t);
            end loop; end $$""");
      st.execute("set session_replication_role = origin");
    }
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select attname from pg_attribute where attrelid = cast(? as regclass)"
        + " and attnum > 0 and not attisdropped and attgenerated = '' order by attnum")) {
      ps.setString(1, '"' + table + '"');
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add('"' + rs.getString(1) + '"');
        }
      }
    }
    return out;
  }

  /** One row's values after its id. */
  private interface RowValues {
    List<String> of(ResultSet r) throws SQLException;
  }

  private static Map<Long, List<String>> rows(Connection c, String sql) throws SQLException {
    return rows(c, sql, r -> {
      List<String> out = new ArrayList<>();
      for (int i = 2; i <= r.getMetaData().getColumnCount(); i++) {
        out.add(r.getString(i));
      }
      return out;
    });
  }

  private static Map<Long, List<String>> rows(Connection c, String sql, RowValues values) throws SQLException {
    Map<Long, List<String>> out = new java.util.TreeMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getLong(1), values.of(rs));
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String resource(String name) {
    try (InputStream in = CompactStorageMigrationTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gunzip(String name) throws IOException {
    try (InputStream in = new GZIPInputStream(CompactStorageMigrationTest.class.getResourceAsStream(name))) {
      return in.readAllBytes();
    }
  }
}
