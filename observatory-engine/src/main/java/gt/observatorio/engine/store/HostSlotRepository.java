package gt.observatorio.engine.store;

import gt.observatorio.engine.port.HostSlots;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;

/**
 * The hosts' turns in table {@code host_slot}, on the database's clock ({@code clock_timestamp()}), so
 * that nodes whose clocks differ agree. A turn is taken by one statement (an upsert that only replaces a
 * row whose time has come), so two nodes never both take it. Blocking ({@link Blocking#await}, at most
 * 30 seconds): called by the crawler's threads, and by a Vert.x worker when an answer's evidence URL is
 * probed; never on an event loop.
 */
public final class HostSlotRepository implements HostSlots {
  private static final String CLAIM = """
      with taken as (
        insert into host_slot as s (host, holder, next_at)
        values ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
        on conflict (host) do update set holder = excluded.holder, next_at = excluded.next_at
        where s.next_at <= clock_timestamp()
        returning host)
      select exists (select 1 from taken) as taken,
        (select ceil(extract(epoch from next_at - clock_timestamp()) * 1000)::bigint from host_slot
         where host = $1) as wait_ms""";
  private static final String RELEASE = "update host_slot set holder = null,"
      + " next_at = clock_timestamp() + $3 * interval '1 millisecond' where host = $1 and holder = $2";
  private static final String DEFER = """
      insert into host_slot as s (host, holder, next_at)
      values ($1, null, clock_timestamp() + $2 * interval '1 millisecond')
      on conflict (host) do update set next_at = greatest(s.next_at, excluded.next_at)""";

  private static final Duration ANSWER = Duration.ofSeconds(30);

  private final Pool pool;

  public HostSlotRepository(Pool pool) {
    this.pool = pool;
  }

  @Override
  public long claim(String host, String holder, long holdMillis) {
    Row r = Blocking.await(pool.preparedQuery(CLAIM).execute(Tuple.of(host, holder, holdMillis)), ANSWER)
        .iterator().next();
    if (r.getBoolean("taken")) {
      return 0;
    }
    Long wait = r.getLong("wait_ms");
    return Math.max(1, wait == null ? 1 : wait);
  }

  @Override
  public void release(String host, String holder, long pauseMillis) {
    Blocking.await(pool.preparedQuery(RELEASE).execute(Tuple.of(host, holder, pauseMillis)), ANSWER);
  }

  @Override
  public void defer(String host, long millis) {
    Blocking.await(pool.preparedQuery(DEFER).execute(Tuple.of(host, millis)), ANSWER);
  }
}
