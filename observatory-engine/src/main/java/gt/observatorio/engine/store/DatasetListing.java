package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Keeps {@code dataset_listing} (the global datasets list's table, migration V87; one row per dataset since V200) in
 * step: a source's rows are rewritten from its latest published run inside the transaction that publishes or
 * rescores a run.
 */
final class DatasetListing {
  private static final String REFRESH = "select refresh_dataset_listing(source_id) from crawl_run where id = $1";

  private DatasetListing() {}

  static Future<Void> refreshSourceOf(SqlConnection conn, long runId) {
    return conn.preparedQuery(REFRESH).execute(Tuple.of(runId)).mapEmpty();
  }
}
