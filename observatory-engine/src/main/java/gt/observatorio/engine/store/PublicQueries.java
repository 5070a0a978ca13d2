package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read queries of the public API beyond {@link ReadModel}: the publication version (for caching),
 * the last crawl, a dataset's weekly history and its institution, and search over names.
 * Published runs only.
 */
public final class PublicQueries {
  private static final String VERSION = """
      select coalesce(max(id), 0) as run, count(*) as runs,
        (select coalesce(max(computed_at)::text, '') from institution_week) as computed
      from crawl_run where published""";
  private static final String LAST_CRAWL = "select max(finished_at) as t from crawl_run where published";
  private static final String DATASET_INSTITUTION = """
      select s.institution_code from dataset d join source s on s.id = d.source_id where d.id = $1""";
  private static final String SEARCH = """
      (select 'institution' as kind, i.code as institution_code, null::bigint as dataset_id, i.name as title
       from institution i where i.name ilike $1 or i.code ilike $1 order by i.code limit $2)
      union all
      (select 'dataset', s.institution_code, d.id, v.metadata ->> 'title'
       from dataset d
       join source s on s.id = d.source_id
       join lateral (select metadata from dataset_version where dataset_id = d.id order by id desc limit 1) v on true
       where (v.metadata ->> 'title') ilike $1
         and exists (select 1 from run_dataset rd join crawl_run r on r.id = rd.run_id and r.published
                     where rd.dataset_id = d.id)
       order by d.id limit $2)""";

  private final Pool pool;

  public PublicQueries(Pool pool) {
    this.pool = pool;
  }

  /** A value that changes whenever a run is published or aggregates are recomputed. */
  public Future<String> publicationVersion() {
    return pool.query(VERSION).execute().map(rows -> {
      Row r = rows.iterator().next();
      return r.getLong("run") + "." + r.getLong("runs") + "." + Integer.toHexString(r.getString("computed").hashCode());
    });
  }

  /** Succeeds when the database answers a query. */
  public Future<Void> ping() {
    return pool.query("SELECT 1").execute().mapEmpty();
  }

  /** The database's size on disk, in bytes (the benchmark reports it). */
  public Future<Long> databaseBytes() {
    return pool.query("select pg_database_size(current_database()) as bytes").execute()
        .map(rows -> rows.iterator().next().getLong("bytes"));
  }

  /** When the most recent published run finished. */
  public Future<Optional<Instant>> lastCrawl() {
    return pool.query(LAST_CRAWL).execute().map(rows -> Optional.ofNullable(Rows.instant(rows.iterator().next(), "t")));
  }

  /** The code of the institution whose source holds the dataset. */
  public Future<Optional<String>> datasetInstitution(long datasetId) {
    return pool.preparedQuery(DATASET_INSTITUTION).execute(Tuple.of(datasetId)).map(rows -> rows.size() == 0
        ? Optional.empty() : Optional.of(rows.iterator().next().getString("institution_code")));
  }

  /** Institutions (by name or code) and published datasets (by title) containing the text, case-insensitive. */
  public Future<List<SearchHit>> search(String text, int limit) {
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return pool.preparedQuery(SEARCH).execute(Tuple.of(like, limit)).map(rows -> Rows.list(rows,
        r -> new SearchHit(r.getString("kind"), r.getString("institution_code"), r.getLong("dataset_id"),
            r.getString("title"))));
  }
}
