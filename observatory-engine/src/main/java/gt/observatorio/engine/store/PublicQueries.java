package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  private static final String DATASET_HISTORY = """
      select distinct on (r.week) r.week, s.percent, s.dimensions::text as dims, s.findings, s.rating
      from run_dataset rd
      join crawl_run r on r.id = rd.run_id and r.published
      join run_score rs on rs.run_id = rd.run_id and rs.dataset_id = rd.dataset_id and rs.profile = $2
      join score s on s.id = rs.score_id
      where rd.dataset_id = $1
      order by r.week, r.finished_at desc nulls last, r.id desc""";
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

  /** When the most recent published run finished. */
  public Future<Optional<Instant>> lastCrawl() {
    return pool.query(LAST_CRAWL).execute().map(rows -> Optional.ofNullable(Rows.instant(rows.iterator().next(), "t")));
  }

  /** One point per published week for a dataset under a profile, oldest first. */
  public Future<List<DatasetWeekScore>> datasetHistory(long datasetId, String profile) {
    return pool.preparedQuery(DATASET_HISTORY).execute(Tuple.of(datasetId, profile))
        .map(rows -> Rows.list(rows, PublicQueries::point));
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

  private static DatasetWeekScore point(Row r) {
    JsonObject dims = new JsonObject(r.getString("dims"));
    Map<Dimension, Double> out = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      Object v = dims.getValue(d.id());
      if (v instanceof Number n) {
        out.put(d, n.doubleValue());
      }
    }
    return new DatasetWeekScore(IsoWeek.parse(r.getString("week")), r.getDouble("percent"), out,
        r.getInteger("findings"), r.getString("rating"));
  }
}
