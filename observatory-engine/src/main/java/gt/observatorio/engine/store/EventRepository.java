package gt.observatorio.engine.store;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventKind;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored alert events, so feeds and digests are reproducible. Saving is idempotent on the event id. */
public final class EventRepository {
  private static final String INSERT = """
      insert into alert_event (id, at, institution_code, kind, subject, evidence, link)
      values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing""";
  private static final String COLUMNS = "id, at, institution_code, kind, subject, evidence::text as evidence, link";
  private static final String RECENT = "select " + COLUMNS + " from alert_event order by at desc, id limit $1";
  private static final String RECENT_FOR = "select " + COLUMNS
      + " from alert_event where institution_code = $1 order by at desc, id limit $2";

  private final Pool pool;

  public EventRepository(Pool pool) {
    this.pool = pool;
  }

  /** Stores the events; ones already stored (same id) are left as they were. */
  public Future<Void> saveAll(List<Event> events) {
    if (events.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = events.stream().map(e -> Tuple.of(e.id(), Rows.ts(e.at()), e.institution(),
        e.kind().name(), e.subject(), new JsonObject(new HashMap<>(e.evidence())), e.link())).toList();
    return pool.preparedQuery(INSERT).executeBatch(batch).mapEmpty();
  }

  /** The newest events across all institutions. */
  public Future<List<Event>> recent(int limit) {
    return pool.preparedQuery(RECENT).execute(Tuple.of(limit)).map(rows -> Rows.list(rows, EventRepository::event));
  }

  /** The newest events of one institution. */
  public Future<List<Event>> recent(String institution, int limit) {
    return pool.preparedQuery(RECENT_FOR).execute(Tuple.of(institution, limit))
        .map(rows -> Rows.list(rows, EventRepository::event));
  }

  private static Event event(Row r) {
    return event(r, "id", "institution_code", "kind");
  }

  /** An event read from a row whose id, institution and kind columns have these names (joins rename them). */
  static Event event(Row r, String id, String institution, String kind) {
    Map<String, String> evidence = new HashMap<>();
    new JsonObject(r.getString("evidence")).forEach(e -> evidence.put(e.getKey(), String.valueOf(e.getValue())));
    return new Event(r.getString(id), Rows.instant(r, "at"), r.getString(institution),
        EventKind.valueOf(r.getString(kind)), r.getString("subject"), evidence, r.getString("link"));
  }
}
