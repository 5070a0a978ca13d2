package gt.observatorio.engine.store;

import static gt.observatorio.engine.store.DatasetRepository.args;

import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Probe observations stored as changes: one row per distinct result of a URL, with the first and
 * last time it was seen.
 */
public final class ProbeRepository {
  private static final String LATEST_PROBES = """
      select distinct on (md5(url)::uuid) id, url, encode(result_hash, 'hex') as result_hash, packed
      from probe_observation
      where md5(url)::uuid = any (array(select md5(u)::uuid from unnest($1::text[]) as u))
      order by md5(url)::uuid, id desc""";
  private static final String TOUCH_PROBES =
      "update probe_observation set last_checked = $2 where id = any($1::bigint[]) and last_checked < $2";
  private static final String INSERT_PROBES = """
      insert into probe_observation (url, result_hash, packed, first_checked, last_checked, first_run_id)
      select t.url, decode(t.hash, 'hex'), t.packed, $1, $1, $2
      from unnest($3::text[], $4::text[], $5::bytea[]) as t(url, hash, packed)""";

  private final Pool pool;

  public ProbeRepository(Pool pool) {
    this.pool = pool;
  }

  /** The latest stored observation of each URL that has one. */
  public Future<Map<String, StoredProbe>> latestProbes(Collection<String> urls) {
    if (urls.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    String[] us = urls.stream().map(JsonCodec::clean).distinct().toArray(String[]::new);
    return pool.preparedQuery(LATEST_PROBES).execute(args((Object) us)).map(rows -> {
      Map<String, StoredProbe> out = new HashMap<>();
      for (Row r : rows) {
        out.put(r.getString("url"), new StoredProbe(r.getLong("id"), r.getString("result_hash"),
            PackedRows.probe(r)));
      }
      return out;
    });
  }

  /**
   * Records probe results as changes: a result equal to the URL's latest observation (or a
   * "not modified" answer) only moves that observation's last-checked time.
   */
  public Future<Void> recordProbes(Map<String, StoredProbe> previous, Collection<ProbeResult> results,
      long runId, Instant at) {
    List<Long> touch = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<Buffer> packed = new ArrayList<>();
    for (ProbeResult p : results) {
      StoredProbe prev = previous.get(JsonCodec.clean(p.url()));
      String hash = JsonCodec.probeHash(p);
      if (prev != null && (p.outcome() == ProbeOutcome.NOT_MODIFIED || prev.hash().equals(hash))) {
        touch.add(prev.id());
      } else {
        urls.add(JsonCodec.clean(p.url()));
        hashes.add(hash);
        packed.add(PackedRows.probe(JsonCodec.clean(p.url()), JsonCodec.probe(p)));
      }
    }
    return pool.withTransaction(conn -> {
      Future<?> f = touch.isEmpty() ? Future.succeededFuture()
          : conn.preparedQuery(TOUCH_PROBES).execute(args(touch.toArray(Long[]::new), Rows.ts(at)));
      return f.compose(x -> urls.isEmpty() ? Future.succeededFuture()
          : conn.preparedQuery(INSERT_PROBES).execute(args(Rows.ts(at), runId,
              urls.toArray(String[]::new), hashes.toArray(String[]::new), packed.toArray(Buffer[]::new))))
          .mapEmpty();
    });
  }
}
