package gt.observatorio.engine.store;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * A batch's dataset versions as the columns {@link DatasetRepository} binds (content hash, packed record, the
 * listed fields, distributions, attribution): encoded and packed when made, on the caller's thread, never on the
 * database client's event loop.
 */
final class VersionColumns {
  private final String[] hashes;
  private final Buffer[] records;
  private final String[][] fields;
  private final Integer[] distributions;
  private final String[] institutions;
  private final String[] publishers;

  VersionColumns(List<DatasetRecord> batch) {
    int n = batch.size();
    hashes = new String[n];
    records = new Buffer[n];
    fields = new String[6][n];
    distributions = new Integer[n];
    institutions = new String[n];
    publishers = new String[n];
    for (int i = 0; i < n; i++) {
      DatasetRecord r = batch.get(i);
      hashes[i] = JsonCodec.datasetHash(r.dataset());
      records[i] = PackedRows.dataset(r.dataset());
      PackedRows.columns(r.dataset(), fields, i);
      distributions[i] = r.dataset().distributions().size();
      if (r.attribution() != null) {
        institutions[i] = r.attribution().institutionCode();
        publishers[i] = JsonCodec.clean(r.attribution().publisher());
      }
    }
  }

  /** ($1 run, $2 dataset ids, $3 hashes, $4 packed records, $5-$10 the listed fields): the versions to insert. */
  Tuple insertArgs(long runId, Long[] datasetIds) {
    Tuple t = Tuple.tuple().addLong(runId).addValue(datasetIds).addValue(hashes).addValue(records);
    for (String[] column : fields) {
      t.addValue(column);
    }
    return t;
  }

  /** ($1 run, $2 dataset ids, $3 hashes, $4 distributions, $5 institutions, $6 publishers): the run's links. */
  Tuple linkArgs(long runId, Long[] datasetIds) {
    return Tuple.tuple().addLong(runId).addValue(datasetIds).addValue(hashes).addValue(distributions)
        .addValue(institutions).addValue(publishers);
  }
}
