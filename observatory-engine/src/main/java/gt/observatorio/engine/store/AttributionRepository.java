package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;

/** What shared catalogs could not attribute, for the operator to add aliases. */
public final class AttributionRepository {
  private static final String UNATTRIBUTED = """
      with latest as (
        select distinct on (r.source_id) r.id, r.source_id
        from crawl_run r join source src on src.id = r.source_id
        where r.published and src.shared
        order by r.source_id, r.week desc, r.finished_at desc nulls last, r.id desc)
      select latest.source_id, rd.publisher, count(*)::int as datasets
      from latest join run_dataset rd on rd.run_id = latest.id
      where rd.institution_code is null
      group by latest.source_id, rd.publisher
      order by datasets desc, rd.publisher nulls last, latest.source_id""";

  private final Pool pool;

  public AttributionRepository(Pool pool) {
    this.pool = pool;
  }

  /** Per shared source, each publisher attributed to nobody in its latest published run, most datasets first. */
  public Future<List<UnattributedPublisher>> unattributed() {
    return pool.query(UNATTRIBUTED).execute().map(rows -> Rows.list(rows, r -> new UnattributedPublisher(
        r.getString("source_id"), r.getString("publisher"), r.getInteger("datasets"))));
  }
}
