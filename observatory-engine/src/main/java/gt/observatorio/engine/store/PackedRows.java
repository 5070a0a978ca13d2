package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.ProbeResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;

/**
 * Reads and writes the packed columns of V165 ({@link PackedText}): a dataset version's {@code record} and a probe
 * observation's {@code packed} result, primed with its {@code url}.
 */
final class PackedRows {
  private PackedRows() {}

  /** The dataset of a row that has the version's {@code record}. */
  static Dataset dataset(Row r) {
    String[] parts = PackedText.unpackDataset(r.getBuffer("record").getBytes());
    return JsonCodec.dataset(parts[0], parts[1]);
  }

  static Buffer dataset(Dataset d) {
    return Buffer.buffer(PackedText.packDataset(JsonCodec.datasetMetadata(d), JsonCodec.clean(d.rawMetadata())));
  }

  /**
   * Row {@code i} of the version's columns that SQL reads (V165), from the metadata as stored: identifier, title,
   * description, modified, publisher, and the distributions' formats as a JSON array.
   */
  static void columns(Dataset d, String[][] into, int i) {
    into[0][i] = JsonCodec.clean(d.identifier());
    into[1][i] = JsonCodec.clean(d.title());
    into[2][i] = JsonCodec.clean(d.description());
    into[3][i] = JsonCodec.clean(d.modified());
    into[4][i] = JsonCodec.clean(d.publisher());
    JsonArray formats = new JsonArray();
    d.distributions().forEach(x -> formats.add(JsonCodec.clean(x.format())));
    into[5][i] = formats.encode();
  }

  /** The probe result of a row that has the observation's {@code packed} result and its {@code url}. */
  static ProbeResult probe(Row r) {
    return JsonCodec.probe(PackedText.unpack(r.getBuffer("packed").getBytes(), r.getString("url")));
  }

  static Buffer probe(String url, String resultJson) {
    return Buffer.buffer(PackedText.pack(PackedText.Format.PROBE, resultJson, url));
  }
}
