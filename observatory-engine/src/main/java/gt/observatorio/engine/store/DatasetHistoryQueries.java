package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-model queries about one dataset's history, one URL's probes and one run's details. */
final class DatasetHistoryQueries {
  private static final String DATASET_HISTORY = """
      select distinct on (r.week) r.week, r.finished_at, s.percent, s.findings, s.dimensions::text as dims,
        rd.version_id, s.rating
      from run_dataset rd
      join crawl_run r on r.id = rd.run_id and r.published
      join score s on s.id = any(rd.score_ids) and s.profile = $2
      where rd.dataset_id = $1
      order by r.week, r.finished_at desc nulls last, r.id desc""";
  private static final String PROBES = """
      select url, packed, first_checked, last_checked from probe_observation
      where md5(url)::uuid = md5($1)::uuid and url = $1 order by id desc limit $2""";
  private static final String RUN = "select " + Rows.RUN_COLUMNS
      + ", institution_code, published, issues::text as issues from crawl_run where id = $1";

  private final Pool pool;

  DatasetHistoryQueries(Pool pool) {
    this.pool = pool;
  }

  Future<List<DatasetPoint>> datasetHistory(long datasetId, String profile) {
    return pool.preparedQuery(DATASET_HISTORY).execute(Tuple.of(datasetId, profile))
        .map(rows -> Rows.list(rows, r -> new DatasetPoint(IsoWeek.parse(r.getString("week")),
            Rows.instant(r, "finished_at"), r.getDouble("percent"), dimensions(r.getString("dims")),
            r.getInteger("findings"), r.getLong("version_id"), r.getString("rating"))));
  }

  Future<List<ProbeChange>> probeHistory(String url, int limit) {
    return pool.preparedQuery(PROBES).execute(Tuple.of(url, limit))
        .map(rows -> Rows.list(rows, r -> new ProbeChange(PackedRows.probe(r),
            Rows.instant(r, "first_checked"), Rows.instant(r, "last_checked"))));
  }

  Future<Optional<RunDetails>> run(long runId) {
    return pool.preparedQuery(RUN).execute(Tuple.of(runId)).map(rows -> {
      Iterator<Row> it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row r = it.next();
      return Optional.of(new RunDetails(Rows.run(r), r.getString("institution_code"), r.getBoolean("published"),
          JsonCodec.issues(r.getString("issues"))));
    });
  }

  private static Map<String, Double> dimensions(String json) {
    return JsonCodec.dimensionsById(json);
  }
}
