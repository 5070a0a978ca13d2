package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.ScoreCard;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Datasets, their versions (deduplicated by content hash), their scores (deduplicated likewise) and
 * the links from a run to what it saw. Every batch costs a fixed number of round trips, whatever its
 * size. Rows are inserted in key order, so concurrent crawls of one source cannot deadlock.
 */
public final class DatasetRepository {
  private static final String UPSERT_DATASETS = """
      with t as (select distinct unnest($2::text[]) as identifier),
      ins as (insert into dataset (source_id, identifier) select $1, identifier from t order by identifier
              on conflict (source_id, identifier) do nothing returning id, identifier)
      select id, identifier from ins
      union all
      select d.id, d.identifier from dataset d join t on d.source_id = $1 and d.identifier = t.identifier""";
  private static final String INSERT_VERSIONS = """
      insert into dataset_version (dataset_id, content_hash, record, identifier, title, description, modified,
        publisher, formats, first_run_id)
      select t.dataset_id, t.hash, t.record, t.identifier, t.title, t.description, t.modified, t.publisher,
        array(select f from jsonb_array_elements_text(cast(t.formats as jsonb)) with ordinality as e(f, o) order by o), $1
      from unnest($2::bigint[], $3::text[], $4::bytea[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                  $10::text[]) as t(dataset_id, hash, record, identifier, title, description, modified, publisher, formats)
      where not exists (select 1 from dataset_version v
                        where v.dataset_id = t.dataset_id and v.content_hash = t.hash)
      order by t.dataset_id
      on conflict (dataset_id, content_hash) do nothing""";
  private static final String LINK_VERSIONS = """
      insert into run_dataset (run_id, dataset_id, version_id, distributions, institution_code, publisher)
      select $1, v.dataset_id, v.id, t.distributions, t.institution, t.publisher
      from unnest($2::bigint[], $3::text[], $4::int[], $5::text[], $6::text[])
        as t(dataset_id, hash, distributions, institution, publisher)
      join dataset_version v on v.dataset_id = t.dataset_id and v.content_hash = t.hash
      order by v.dataset_id
      on conflict (run_id, dataset_id) do nothing""";
  private static final String INSERT_SCORES = """
      insert into score (dataset_id, content_hash, profile, percent, rating, findings, dimensions, card)
      select t.dataset_id, decode(t.hash, 'hex'), t.profile, t.percent, t.rating, t.findings, cast(t.dims as jsonb),
        card_apart(cast(t.card as jsonb), cast(t.dims as jsonb), t.rating)
      from unnest($1::bigint[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::int[], $7::text[], $8::text[])
        as t(dataset_id, hash, profile, percent, rating, findings, dims, card)
      where not exists (select 1 from score s
                        where s.dataset_id = t.dataset_id and s.content_hash = decode(t.hash, 'hex'))
      order by t.dataset_id, t.hash
      on conflict (dataset_id, content_hash) do nothing""";
  /** Adds each card's score to the run's link row of its dataset, unless that profile is linked already. */
  private static final String LINK_SCORES = """
      update run_dataset rd set score_ids = rd.score_ids || array(
        select n.id from unnest(g.ids, g.profiles) as n(id, profile)
        where not exists (select 1 from score o where o.id = any(rd.score_ids) and o.profile = n.profile)
        order by n.profile)
      from (select s.dataset_id, array_agg(s.id) as ids, array_agg(t.profile) as profiles
            from unnest($2::bigint[], $3::text[], $4::text[]) as t(dataset_id, hash, profile)
            join score s on s.dataset_id = t.dataset_id and s.content_hash = decode(t.hash, 'hex')
            group by s.dataset_id) g
      where rd.run_id = $1 and rd.dataset_id = g.dataset_id""";

  private final Pool pool;
  private final CardInterner interner;

  public DatasetRepository(Pool pool) {
    this.pool = pool;
    this.interner = new CardInterner(pool);
  }

  /**
   * Stores one batch of a run: datasets, new versions, new scores and the run's links to them.
   * Records must have distinct keys. Everything is encoded (metadata, raw record, cards, hashes) here, on the
   * caller's thread; the cards' texts and outcomes are interned ({@link CardInterner}) before the transaction starts.
   */
  public Future<Void> storeBatch(long runId, String sourceId, List<DatasetRecord> batch) {
    if (batch.isEmpty()) {
      return Future.succeededFuture();
    }
    String[] keys = batch.stream().map(DatasetRecord::key).toArray(String[]::new);
    VersionColumns versions = new VersionColumns(batch);
    List<ScoreCard> cards = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      for (ScoreCard c : batch.get(i).scores()) {
        cards.add(c);
        owners.add(i);
      }
    }
    CardColumns scores = new CardColumns(cards, owners.stream().mapToInt(Integer::intValue).toArray());
    return interner.compact(scores.compaction()).compose(json -> pool.withTransaction(conn -> conn
        .query("select pg_advisory_xact_lock_shared(" + Retention.LOCK_KEY + ")").execute()
        .compose(x -> conn.preparedQuery(UPSERT_DATASETS).execute(args(sourceId, keys)))
        .compose(rows -> {
          Map<String, Long> ids = new HashMap<>();
          for (Row r : rows) {
            ids.put(r.getString("identifier"), r.getLong("id"));
          }
          Long[] datasetIds = new Long[keys.length];
          for (int i = 0; i < keys.length; i++) {
            datasetIds[i] = ids.get(keys[i]);
          }
          return conn.preparedQuery(INSERT_VERSIONS).execute(versions.insertArgs(runId, datasetIds))
              .compose(x -> conn.preparedQuery(LINK_VERSIONS).execute(versions.linkArgs(runId, datasetIds)))
              .compose(x -> storeCards(conn, runId, scores.datasetIds(datasetIds), scores, json));
        })));
  }

  /**
   * Stores score cards (one row per distinct card of a dataset, deduplicated by content hash) and links them to the
   * run; {@code datasetIds} has each card's dataset, {@code json} each card as stored ({@link CardInterner}).
   */
  static Future<Void> storeCards(SqlConnection conn, long runId, Long[] datasetIds, CardColumns cards, String[] json) {
    if (cards.size() == 0) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(INSERT_SCORES).execute(cards.insertArgs(datasetIds, json))
        .compose(x -> conn.preparedQuery(LINK_SCORES).execute(cards.linkArgs(runId, datasetIds)))
        .mapEmpty();
  }

  /** A tuple of the values as given (arrays stay single values). */
  static Tuple args(Object... values) {
    Tuple t = Tuple.tuple();
    for (Object v : values) {
      t.addValue(v);
    }
    return t;
  }
}
