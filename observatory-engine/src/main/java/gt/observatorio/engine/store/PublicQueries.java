package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Read queries of the public API beyond {@link ReadModel}: the publication version (for caching),
 * the last crawl, a dataset's weekly history and its institution, and search ({@link SiteSearch}).
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

  private final Pool pool;
  private final SiteSearch search;

  public PublicQueries(Pool pool) {
    this.pool = pool;
    this.search = new SiteSearch(pool);
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

  /**
   * Bytes of every table of the public schema (heap, TOAST and indexes), largest first: where the
   * database's size goes (benchmarks).
   */
  public Future<Map<String, Long>> tableBytes() {
    return pool.query("""
        select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') order by 2 desc, 1""").execute()
        .map(rows -> {
          Map<String, Long> out = new LinkedHashMap<>();
          rows.forEach(r -> out.put(r.getString("name"), r.getLong("bytes")));
          return out;
        });
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

  /**
   * Institutions (by name, code, acronym or alias), published datasets (by title or identifier) and their
   * publishers containing the text, ignoring case and accents; up to {@code limit} of each.
   */
  public Future<SearchResults> search(String text, String profile, int limit) {
    return search.find(text, profile, limit);
  }
}
