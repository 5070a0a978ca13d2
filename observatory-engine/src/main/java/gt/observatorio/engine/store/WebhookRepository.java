package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.List;

/** Registered webhooks and the log of their delivery attempts. */
public final class WebhookRepository {
  private static final String COLUMNS = "id, url, kinds, secret, created_at";
  private static final String INSERT = "insert into webhook (url, kinds, secret, created_at, created_by)"
      + " values ($1, $2, $3, $4, $5) returning " + COLUMNS;
  private static final String LIST = "select " + COLUMNS + " from webhook order by id";
  private static final String FOR_KIND = "select " + COLUMNS + " from webhook where $1 = any(kinds) order by id";
  private static final String DELETE = "delete from webhook where id = $1";
  private static final String LOG = """
      insert into webhook_attempt (webhook_id, event_id, attempt, at, status, outcome, detail)
      values ($1, $2, $3, $4, $5, $6, $7) on conflict do nothing""";
  private static final String DELIVERED = """
      select exists (select 1 from webhook_attempt where webhook_id = $1 and event_id = $2
        and outcome = 'delivered')""";
  private static final String ATTEMPTS = """
      select webhook_id, event_id, attempt, at, status, outcome, detail from webhook_attempt
      where webhook_id = $1 order by at desc, id desc limit $2""";

  /** A webhook; its secret signs the deliveries and is shown only once, at creation. */
  public record Webhook(long id, String url, List<String> kinds, String secret, Instant createdAt) {
    public Webhook {
      kinds = List.copyOf(kinds);
    }
  }

  /** One delivery attempt: its HTTP status (null when none came back) and outcome. */
  public record Attempt(long webhookId, String eventId, int attempt, Instant at, Integer status, String outcome,
      String detail) {}

  private final Pool pool;

  public WebhookRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Webhook> create(String url, List<String> kinds, String secret, Instant at, Long createdBy) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(url, kinds.toArray(new String[0]), secret, Rows.ts(at),
        createdBy)).map(rows -> webhook(rows.iterator().next()));
  }

  public Future<List<Webhook>> list() {
    return pool.preparedQuery(LIST).execute().map(rows -> Rows.list(rows, WebhookRepository::webhook));
  }

  /** The webhooks that asked for a kind of event. */
  public Future<List<Webhook>> forKind(String kind) {
    return pool.preparedQuery(FOR_KIND).execute(Tuple.of(kind)).map(rows -> Rows.list(rows, WebhookRepository::webhook));
  }

  /** Deletes a webhook and its log; false when there was none. */
  public Future<Boolean> delete(long id) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(id)).map(r -> r.rowCount() > 0);
  }

  /** Logs an attempt (a second "delivered" for the same webhook and event is not stored). */
  public Future<Void> log(Attempt a) {
    return pool.preparedQuery(LOG).execute(Tuple.of(a.webhookId(), a.eventId(), a.attempt(), Rows.ts(a.at()),
        a.status(), a.outcome(), a.detail())).mapEmpty();
  }

  /** Whether the event was already delivered to the webhook. */
  public Future<Boolean> delivered(long webhookId, String eventId) {
    return pool.preparedQuery(DELIVERED).execute(Tuple.of(webhookId, eventId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  /** The newest attempts of a webhook. */
  public Future<List<Attempt>> attempts(long webhookId, int limit) {
    return pool.preparedQuery(ATTEMPTS).execute(Tuple.of(webhookId, limit)).map(rows -> Rows.list(rows,
        r -> new Attempt(r.getLong("webhook_id"), r.getString("event_id"), r.getInteger("attempt"),
            Rows.instant(r, "at"), r.getInteger("status"), r.getString("outcome"), r.getString("detail"))));
  }

  private static Webhook webhook(Row r) {
    return new Webhook(r.getLong("id"), r.getString("url"), List.of(r.getArrayOfStrings("kinds")),
        r.getString("secret"), Rows.instant(r, "created_at"));
  }
}
