package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;

/**
 * The global list of datasets as last published (the latest published run of every source): filtered,
 * sorted and paginated in SQL, so that a country's 100k datasets never cross into memory at once.
 */
public final class DatasetCatalog {
  /** A page and the number of datasets that match in all. */
  public record Page(long total, List<DatasetSummary> datasets) {}

  /** Sort keys: {@code %1$s} is the dataset's score, {@code %2$s} the dataset version holding the texts. */
  private static final Map<String, String> ORDER = Map.of(
      "score", "%1$s desc", "-score", "%1$s asc",
      "name", "lower(%2$s.title) asc nulls last", "-name", "lower(%2$s.title) desc nulls last",
      "modified", "%2$s.modified desc nulls last", "-modified", "%2$s.modified asc nulls last");
  /**
   * One narrow table (V200: a row per dataset, written at publication): no dataset metadata or score card is read
   * per query. The profile's score is at its position in {@code percents}; formats, rules with findings and
   * findings' dimensions are bits of {@code keys} ({@code listing_key}), looked up once per query. The text filter
   * ignores case and accents (V135). The texts are the dataset version's: joined for every matching row only when the
   * filter or the order needs them, else for the page's rows, as are what the page shows of the score (rating,
   * findings, dimensions), of the run's link (distributions) and of the run (source).
   */
  private static final String QUERY = """
      with k as (select pos from listing_profile where profile = $1),
      b as (select (select bit from listing_key where kind = 'format' and profile = '' and key = upper($6)) as format,
              (select bit from listing_key where kind = 'dimension' and profile = $1 and key = $7) as dimension,
              (select bit from listing_key where kind = 'rule' and profile = $1 and key = $8) as rule)
      select p.dataset_id, p.institution_code, r.source_id, t.identifier, t.title, t.modified, p.percent, s.rating,
        s.findings, rd.distributions, s.dimensions::text as dimensions, listing_formats(t.formats) as formats, p.total
      from (select l.dataset_id, l.run_id, l.version_id, l.institution_code, l.percents[k.pos] as percent,
              count(*) over () as total
            from k, b, dataset_listing l %s
            where l.percents[k.pos] is not null
              and ($2::text is null or l.institution_code = $2)
              and ($3::float8 is null or l.percents[k.pos] >= $3) and ($4::float8 is null or l.percents[k.pos] <= $4)
              and ($5::text is null or %s)
              and ($6::text is null or listing_has(l.keys, b.format))
              and ($7::text is null or listing_has(l.keys, b.dimension))
              and ($8::text is null or listing_has(l.keys, b.rule))
            order by %s, l.dataset_id limit $9 offset $10) p
      join dataset_version t on t.id = p.version_id
      join crawl_run r on r.id = p.run_id
      join run_dataset rd on rd.run_id = p.run_id and rd.dataset_id = p.dataset_id
      join score s on s.id = any(rd.score_ids) and s.profile = $1
      order by %s, p.dataset_id""";
  private static final String TEXT_MATCH =
      "search_fold(v.title) like search_fold($5) or search_fold(v.description) like search_fold($5)";

  private final Pool pool;

  public DatasetCatalog(Pool pool) {
    this.pool = pool;
  }

  /** The sort keys accepted by {@link DatasetFilter#sort()}. */
  public static java.util.Set<String> sorts() {
    return ORDER.keySet();
  }

  public Future<Page> find(DatasetFilter f) {
    String order = ORDER.getOrDefault(f.sort() == null ? "score" : f.sort(), ORDER.get("score"));
    boolean texts = f.text() != null || order.contains("%2$s");
    String sql = QUERY.formatted(texts ? "join dataset_version v on v.id = l.version_id" : "",
        texts ? TEXT_MATCH : "false", order.formatted("l.percents[k.pos]", "v"), order.formatted("p.percent", "t"));
    String like = f.text() == null ? null : "%" + f.text().replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
    Tuple args = Tuple.tuple().addString(f.profile()).addString(f.institution()).addDouble(f.minScore())
        .addDouble(f.maxScore()).addString(like).addString(f.format()).addString(f.dimension())
        .addString(f.finding()).addInteger(f.size()).addLong((long) (f.page() - 1) * f.size());
    return pool.preparedQuery(sql).execute(args).compose(rows -> {
      if (rows.size() == 0 && f.page() > 1) {
        // past the last page: the count still says how many match
        return find(new DatasetFilter(f.profile(), f.institution(), f.dimension(), f.finding(), f.format(),
            f.minScore(), f.maxScore(), f.text(), f.sort(), 1, 1)).map(first -> new Page(first.total(), List.of()));
      }
      long total = rows.size() == 0 ? 0 : rows.iterator().next().getLong("total");
      return Future.succeededFuture(new Page(total, Rows.list(rows, DatasetCatalog::row)));
    });
  }

  private static DatasetSummary row(Row r) {
    return new DatasetSummary(r.getLong("dataset_id"), r.getString("institution_code"), r.getString("source_id"),
        r.getString("identifier"), r.getString("title"), r.getString("modified"), r.getDouble("percent"),
        r.getString("rating"), r.getInteger("findings"), r.getInteger("distributions"), r.getString("dimensions"),
        r.getString("formats"));
  }
}
