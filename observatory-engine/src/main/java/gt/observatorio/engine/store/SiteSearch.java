package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Search over institutions, published datasets and publishers, ignoring case and accents (V135's
 * {@code search_fold}, PostgreSQL's unaccent). Any character is text: {@code %}, {@code _} and {@code \}
 * are escaped. Names that start with the text come first.
 */
final class SiteSearch {
  private static final String PATTERN = "with p as (select search_fold($1) as pat, search_fold($2) as prefix) ";
  private static final String INSTITUTIONS = PATTERN + """
      select i.code, i.name, i.acronym from institution i, p
      where search_fold(i.name) like p.pat or search_fold(i.code) like p.pat
         or search_fold(coalesce(i.acronym, '')) like p.pat
         or exists (select 1 from unnest(i.aliases) a where search_fold(a) like p.pat)
      order by (search_fold(i.name) like p.prefix) desc, i.name, i.code limit $3""";
  private static final String DATASETS = PATTERN + """
      select l.dataset_id, v.title, l.institution_code from dataset_listing l
      join listing_profile k on k.profile = $4 and l.percents[k.pos] is not null
      join dataset_version v on v.id = l.version_id, p
      where (search_fold(v.title) like p.pat or search_fold(v.identifier) like p.pat)
      order by (search_fold(v.title) like p.prefix) desc, v.title, l.dataset_id limit $3""";
  private static final String PUBLISHERS = PATTERN + """
      select v.publisher as name, l.institution_code, count(*)::int as datasets
      from dataset_listing l
      join listing_profile k on k.profile = $4 and l.percents[k.pos] is not null
      join dataset_version v on v.id = l.version_id, p
      where search_fold(v.publisher) like p.pat
      group by 1, 2, p.prefix
      order by (search_fold(v.publisher) like p.prefix) desc, datasets desc, 1, 2 limit $3""";

  private final Pool pool;

  SiteSearch(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code limit} hits of each kind; datasets and publishers as listed under {@code profile}. */
  Future<SearchResults> find(String text, String profile, int limit) {
    String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    Tuple args = Tuple.of("%" + escaped + "%", escaped + "%", limit, profile);
    Tuple instArgs = Tuple.of("%" + escaped + "%", escaped + "%", limit);
    var institutions = pool.preparedQuery(INSTITUTIONS).execute(instArgs).map(rows -> Rows.list(rows,
        r -> new SearchResults.InstitutionHit(r.getString("code"), r.getString("name"), r.getString("acronym"))));
    var datasets = pool.preparedQuery(DATASETS).execute(args).map(rows -> Rows.list(rows,
        r -> new SearchResults.DatasetHit(r.getLong("dataset_id"), r.getString("title"),
            r.getString("institution_code"))));
    var publishers = pool.preparedQuery(PUBLISHERS).execute(args).map(rows -> Rows.list(rows,
        r -> new SearchResults.PublisherHit(r.getString("name"), r.getString("institution_code"),
            r.getInteger("datasets"))));
    return Future.all(institutions, datasets, publishers).map(all -> new SearchResults(institutions.result(),
        datasets.result(), publishers.result()));
  }
}
