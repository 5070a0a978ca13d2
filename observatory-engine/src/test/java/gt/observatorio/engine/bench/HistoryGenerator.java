package gt.observatorio.engine.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Writes years of weekly history straight into the observatory's schema with set-based SQL, in the
 * shape the pipeline stores it: one version per distinct dataset content, one score per distinct card
 * and profile (compact cards: rule outcomes stored once), probe results as changes, one link row per dataset
 * and run (its version and score ids), weekly institution aggregates and the latest runs' dataset listing.
 * Versions and probe results are packed, and score cards compacted, by the application's own code ({@link PackedLoad},
 * {@link CardLoad}). Week
 * {@code w} of source {@code i} is crawl run {@code w * institutions + i}.
 */
final class HistoryGenerator extends BulkSql {
  HistoryGenerator(DataSource ds, Connection c, HistoryShape s) {
    super(ds, c, s);
  }

  void generate() throws SQLException {
    for (String sql : SESSION) {
      exec(sql);
    }
    timed("registry, weeks, runs, datasets", this::registry);
    timed("dataset versions", this::versions);
    timed("probe observations", this::probes);
    timed("score segments", this::segments);
    timed("scores (cards compacted and interned by CardCompaction, CardInterner)", this::scores);
    timed("run_dataset links", () -> withIndexesRebuilt("run_dataset", () -> parallel("""
        insert into run_dataset (run_id, dataset_id, version_id, distributions, score_ids)
        select g.w::bigint * {I} + SRC[sr.d], sr.d, sr.vid, {DIST},
          array[(sr.seg - 1) * 3 + 3, (sr.seg - 1) * 3 + 2, (sr.seg - 1) * 3 + 1]
        from sr cross join lateral generate_series(greatest(sr.w_from, {K}), sr.w_to) g(w)
        where sr.w_to >= {K} and sr.d between {D_FROM} and {D_TO}""")));
    timed("institution_week", this::aggregates);
    timed("dataset_listing", () -> exec("select refresh_dataset_listing(id) from source order by id"));
    for (String t : new String[] {"tpl", "tpl_card", "wk", "vall", "vr", "pr", "sr"}) {
      exec("drop table " + t);
    }
    exec("reset session_replication_role");
    timed("vacuum analyze", () -> exec("vacuum analyze"));
  }

  private void templates() throws SQLException {
    exec("create unlogged table tpl (metadata jsonb, raw text, probe jsonb)");
    exec("create unlogged table tpl_card (n int, name text, card jsonb)");
    try (PreparedStatement st = c.prepareStatement("insert into tpl values (cast(? as jsonb), ?, cast(? as jsonb))")) {
      st.setString(1, HistoryTemplates.metadata());
      st.setString(2, HistoryTemplates.raw());
      st.setString(3, HistoryTemplates.probe());
      st.execute();
    }
    try (PreparedStatement st = c.prepareStatement("insert into tpl_card values (?, ?, cast(? as jsonb))")) {
      for (int i = 0; i < HistoryShape.PROFILES.length; i++) {
        st.setInt(1, i + 1);
        st.setString(2, HistoryShape.PROFILES[i]);
        st.setString(3, HistoryTemplates.card(HistoryShape.PROFILES[i]));
        st.execute();
      }
    }
  }

  private void registry() throws SQLException {
    templates();
    exec(sub("""
        create unlogged table wk as select w, to_char(date '2021-01-04' + 7 * w, 'IYYY-"W"IW') as week,
          timestamptz '2021-01-04 09:00:00+00' + make_interval(days => 7 * w) as at
        from generate_series(0, {W} - 1) w"""));
    exec(sub("""
        insert into institution (code, name, type, sector)
        select CODE[i], 'Institución de prueba ' || i, 'ministerio', 'sector ' || (i % 12)
        from generate_series(1, {I}) i"""));
    exec(sub("""
        insert into source (id, institution_code, url, kind, cron)
        select 'src-' || i, CODE[i], 'https://datos' || i || '.example.gt/api/3/action', 'ckan', '0 0 3 ? * MON'
        from generate_series(1, {I}) i"""));
    exec(sub("""
        insert into crawl_run (id, source_id, institution_code, state, week, request_key, queued_at, started_at,
          finished_at, datasets, distributions, probes, errors, published)
        select wk.w::bigint * {I} + i, 'src-' || i, CODE[i], 'succeeded', wk.week, 'quartz:src-' || i || '@' || wk.at,
          wk.at, wk.at, wk.at + interval '4 minutes', {PER}, {PER} * {DIST}, {PER} * {DIST}, 0, true
        from wk cross join generate_series(1, {I}) i where wk.w >= {K} order by 1"""));
    exec("select setval('crawl_run_id_seq', (select max(id) from crawl_run))");
    exec(sub("insert into dataset (id, source_id, identifier) select d, 'src-' || SRC[d], 'ds-' || d"
        + " from generate_series(1, {D}) d"));
    exec("select setval('dataset_id_seq', (select max(id) from dataset))");
  }

  private void versions() throws SQLException {
    exec(sub("""
        create unlogged table vall as
        select d, w as w_from, coalesce(lead(w) over (partition by d order by w) - 1, {W} - 1) as w_to
        from generate_series(1, {D}) d cross join generate_series(0, {W} - 1) w
        where w = 0 or CHANCE[d::bigint * 4096 + w|{CHURN}]"""));
    exec(sub("create unlogged table vr as select row_number() over (order by d, w_from) as id, d, w_from, w_to"
        + " from vall where w_to >= {K}"));
    exec("create unlogged table gen_version (id bigint, dataset_id bigint, content_hash text, metadata jsonb,"
        + " raw text, first_run_id bigint, created_at timestamptz)");
    parallel("""
        insert into gen_version (id, dataset_id, content_hash, metadata, raw, first_run_id, created_at)
        select vr.id, vr.d, HASH['v:' || vr.d || ':' || vr.w_from],
          t.metadata || jsonb_build_object('identifier', 'ds-' || vr.d,
            'title', 'Conjunto de datos ' || vr.d || ' (revisión ' || vr.w_from || ')', 'modified', wk.at::text),
          replace(t.raw, '@ID@', vr.d || '-' || vr.w_from), vr.w_from::bigint * {I} + SRC[vr.d], wk.at
        from vr join wk on wk.w = vr.w_from cross join tpl t
        where vr.d between {D_FROM} and {D_TO}""");
    PackedLoad.versions(ds, Long.parseLong(HistoryBenchmark.scalar(c, "select coalesce(max(id), 0) from gen_version")));
    exec("select setval('dataset_version_id_seq', (select max(id) from dataset_version))");
  }

  private void probes() throws SQLException {
    exec(sub("""
        create unlogged table pr as
        select u, w_from, coalesce(lead(w_from) over (partition by u order by w_from) - 1, {W} - 1) as w_to,
          w_from > 0 and CHANCE[u::bigint * 4096 + w_from + 99|{PSCORE}] as score_change
        from (select u, w as w_from from generate_series(1, {D} * {DIST}) u cross join generate_series(0, {W} - 1) w
              where w = 0 or CHANCE[u::bigint * 4096 + w + 1|{PCHURN}]) x"""));
    exec("create unlogged table gen_probe (id bigserial, url text, result_hash text, result jsonb,"
        + " first_checked timestamptz, last_checked timestamptz, first_run_id bigint)");
    parallel("""
        insert into gen_probe (url, result_hash, result, first_checked, last_checked, first_run_id)
        select URL[pr.u], HASH['p:' || pr.u || ':' || pr.w_from],
          t.probe || jsonb_build_object('url', URL[pr.u], 'finalUrl', URL[pr.u],
            'etag', '"' || pr.u || '-' || pr.w_from || '"', 'checkedAt', f.at),
          f.at, l.at, pr.w_from::bigint * {I} + SRC[((pr.u - 1) / {DIST} + 1)]
        from pr join wk f on f.w = pr.w_from join wk l on l.w = pr.w_to cross join tpl t
        where pr.w_to >= {K} and (pr.u - 1) / {DIST} + 1 between {D_FROM} and {D_TO}""");
    PackedLoad.probes(ds, Long.parseLong(HistoryBenchmark.scalar(c, "select coalesce(max(id), 0) from gen_probe")));
    exec("create index on gen_probe (url, id desc)");
  }

  /** Drops the plain JSON the generator staged (kept until the naive snapshot has been measured from it). */
  static void dropStaging(Connection c) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute("drop table if exists gen_version, gen_probe");
    }
  }

  /**
   * Score segments: a dataset's weeks with the same three cards (a new content version, a rule set version,
   * or a probe change that changes the cards starts one), each with the version its weeks link to.
   */
  private void segments() throws SQLException {
    exec(sub("""
        create unlogged table sr as
        select row_number() over (order by x.d, x.w_from) as seg, x.d, x.w_from,
          coalesce(lead(x.w_from) over (partition by x.d order by x.w_from) - 1, {W} - 1) as w_to, vr.id as vid
        from (select d, w_from from vall
              union select d, w from generate_series(1, {D}) d cross join generate_series(0, {W} - 1, {EPOCH}) w
              union select (u - 1) / {DIST} + 1, w_from from pr where score_change) x
          left join vr on vr.d = x.d and x.w_from between vr.w_from and vr.w_to"""));
  }

  /**
   * A score card as the engine writes it (the profile's template from {@code JsonCodec}): its findings name
   * the dataset's own distribution, and the probe-dependent finding's observed value changes with the segment.
   */
  private static final String CARD = "replace(replace(replace(p.card::text, 'https://datos.example.gt/dataset/x/',"
      + " 'https://datos' || SRC[sr.d] || '.example.gt/dataset/ds-' || sr.d || '/'), '\"1.0.0\"',"
      + " '\"1.' || (sr.w_from / {EPOCH}) || '.0\"'), '@OBS@', 'status=404 (semana ' || sr.w_from || ')')::jsonb";

  /**
   * Scores: whole cards staged by SQL, then compacted and interned by the application's own code
   * ({@link CardLoad}), as the pipeline stores them.
   */
  private void scores() throws SQLException {
    exec("create unlogged table gen_score (id bigint, dataset_id bigint, content_hash text, profile text,"
        + " card text, created_at timestamptz)");
    parallel("""
        insert into gen_score (id, dataset_id, content_hash, profile, card, created_at)
        select (sr.seg - 1) * 3 + p.n, sr.d, HASH['s:' || sr.d || ':' || sr.w_from || ':' || p.name], p.name,
          (CARD)::text, wk.at
        from sr join wk on wk.w = sr.w_from cross join tpl_card p
        where sr.w_to >= {K} and sr.d between {D_FROM} and {D_TO}""".replace("CARD", CARD));
    CardLoad.scores(ds, Long.parseLong(HistoryBenchmark.scalar(c, "select coalesce(max(id), 0) from gen_score")));
    exec("drop table gen_score");
    exec("select setval('score_id_seq', (select max(id) from score))");
  }

  private void aggregates() throws SQLException {
    exec(sub("""
        insert into institution_week (profile, week, institution_code, overall, dimensions, datasets, distributions, findings, rank, run_ids, computed_at)
        select p, week, CODE[i], o, jsonb_build_object('format', o, 'freshness', o - 5, 'licensing', o + 5,
          'metadata', o, 'accessibility', o - 10), {PER}, {PER} * {DIST}, {PER} * 6,
          rank() over (partition by p, week order by o desc), array[w::bigint * {I} + i], at + interval '5 minutes'
        from (select p, wk.week, wk.w, wk.at, i,
                least(95.0, 5 + (hashint8(i::bigint) & 63) + wk.w * 0.05 + (hashint8(i::bigint * 4096 + wk.w) & 1023) / 100.0) as o
              from wk cross join generate_series(1, {I}) i
                cross join unnest(array['observatorio', 'mqa', '5-estrellas']) p) x"""));
  }
}
