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

  private static final Map<String, String> ORDER = Map.of(
      "score", "percent desc", "-score", "percent asc",
      "name", "lower(title) asc nulls last", "-name", "lower(title) desc nulls last",
      "modified", "modified desc nulls last", "-modified", "modified asc nulls last");
  private static final String QUERY = """
      with runs as (
        select distinct on (r.source_id) r.id, r.source_id, r.institution_code
        from crawl_run r where r.published
        order by r.source_id, r.week desc, r.finished_at desc nulls last, r.id desc),
      hits as (
        select rd.dataset_id, runs.institution_code, runs.source_id, rd.version_id, rs.score_id, s.percent,
          rd.distributions, v.metadata->>'title' as title, v.metadata->>'modified' as modified
        from runs
        join run_dataset rd on rd.run_id = runs.id
        join dataset_version v on v.id = rd.version_id
        join run_score rs on rs.run_id = rd.run_id and rs.dataset_id = rd.dataset_id and rs.profile = $1
        join score s on s.id = rs.score_id
        where ($2::text is null or runs.institution_code = $2)
          and ($3::float8 is null or s.percent >= $3) and ($4::float8 is null or s.percent <= $4)
          and ($5::text is null or v.metadata->>'title' ilike $5 or v.metadata->>'description' ilike $5)
          and ($6::text is null or exists (select 1 from jsonb_array_elements(
            coalesce(v.metadata->'distributions', '[]'::jsonb)) d where upper(d->>'format') = upper($6)))
          and (($7::text is null and $8::text is null) or exists (select 1
            from jsonb_array_elements(coalesce(s.card->'rules', '[]'::jsonb)) r,
                 jsonb_array_elements(coalesce(r->'findings', '[]'::jsonb)) f
            where ($7::text is null or lower(f->>'dimension') = $7) and ($8::text is null or f->>'ruleId' = $8)))),
      page as (
        select *, count(*) over () as total from hits
        order by %1$s, dataset_id limit $9 offset $10)
      select page.*, v.metadata->>'identifier' as identifier, s.rating, s.findings, s.dimensions::text as dimensions,
        (select coalesce(jsonb_agg(distinct upper(d->>'format')) filter (where coalesce(d->>'format', '') <> ''),
           '[]'::jsonb) from jsonb_array_elements(coalesce(v.metadata->'distributions', '[]'::jsonb)) d)::text as formats
      from page
      join dataset_version v on v.id = page.version_id
      join score s on s.id = page.score_id
      order by %1$s, dataset_id""";

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
    String like = f.text() == null ? null : "%" + f.text().replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
    Tuple args = Tuple.tuple().addString(f.profile()).addString(f.institution()).addDouble(f.minScore())
        .addDouble(f.maxScore()).addString(like).addString(f.format()).addString(f.dimension())
        .addString(f.finding()).addInteger(f.size()).addLong((long) (f.page() - 1) * f.size());
    return pool.preparedQuery(QUERY.formatted(order)).execute(args).compose(rows -> {
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
