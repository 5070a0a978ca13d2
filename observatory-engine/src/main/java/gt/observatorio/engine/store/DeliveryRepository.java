package gt.observatorio.engine.store;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.domain.Distribution;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is sent to whom: one row per subscriber and event (its primary key), so an event is planned once per
 * subscriber, in a weekly digest or an immediate alert, and sent at most once; a failed send stays pending with a
 * later attempt time until it goes through or runs out of attempts.
 */
public final class DeliveryRepository {
  /** Events a subscriber sees: the institution followed (all when none), from a week before confirming. */
  private static final String PLAN = """
      insert into digest_delivery (subscriber_id, event_id, kind, planned_at, next_attempt_at)
      select s.id, e.id, $1, $2, $2
      from digest_subscriber s
      join alert_event e on s.institution_code is null or e.institution_code = s.institution_code
      where s.confirmed_at is not null and s.unsubscribed_at is null
        and e.at >= s.confirmed_at - interval '7 days'
        and ($3::text[] is null or e.id = any($3::text[]))
      order by s.id, e.id
      on conflict (subscriber_id, event_id) do nothing""";
  private static final String DUE = """
      select d.kind, d.attempts, s.id, s.email, s.institution_code, s.origin, s.token, true as confirmed,
        e.id as event_id, e.at, e.institution_code as event_institution, e.kind as event_kind, e.subject,
        e.evidence::text as evidence, e.link
      from digest_delivery d
      join digest_subscriber s on s.id = d.subscriber_id and s.confirmed_at is not null and s.unsubscribed_at is null
      join alert_event e on e.id = d.event_id
      where d.state = 'pending' and d.next_attempt_at <= $1 and ($2::text is null or d.kind = $2)
      order by s.id, d.kind, e.at, e.id""";
  private static final String SENT = """
      update digest_delivery set state = 'sent', sent_at = $3, attempts = attempts + 1, last_error = null
      where subscriber_id = $1 and event_id = any($2::text[]) and state = 'pending'""";
  private static final String FAILED = """
      update digest_delivery set attempts = attempts + 1, last_error = $3, next_attempt_at = $4,
        state = case when attempts + 1 >= $5 then 'failed' else 'pending' end
      where subscriber_id = $1 and event_id = any($2::text[]) and state = 'pending'""";

  private static final String KEY_DATASETS = """
      select k.institution_code, d.id, d.identifier, v.record
      from maturity_key_dataset_decision k
      join dataset d on k.dataset_id ~ '^[0-9]{1,18}$' and d.id = k.dataset_id::bigint
      join lateral (
        select v.record from run_dataset rd
        join crawl_run r on r.id = rd.run_id and r.published
        join dataset_version v on v.id = rd.version_id
        where rd.dataset_id = d.id order by r.week desc, r.id desc limit 1) v on true
      where k.confirmed""";

  private static final String EVENTS_SINCE = "select id, at, institution_code, kind, subject, evidence::text as evidence,"
      + " link from alert_event where at >= $1 and kind = any($2::text[]) order by at, id";

  /** One pending delivery: to whom, what, in which kind of message, after how many attempts. */
  public record Due(Subscriber subscriber, Event event, String kind, int attempts) {}

  private final Pool pool;

  public DeliveryRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * Plans the events not yet planned for each active subscriber, as {@code kind} ({@code digest} or
   * {@code alert}); {@code only} limits them to these event ids (null: every event). Returns the rows planned.
   */
  public Future<Integer> plan(String kind, List<String> only, Instant at) {
    return pool.preparedQuery(PLAN).execute(DatasetRepository.args(kind, Rows.ts(at),
        only == null ? null : only.toArray(String[]::new)))
        .map(rows -> rows.rowCount());
  }

  /** Pending deliveries whose attempt is due, of one kind (null: all), by subscriber, kind and event time. */
  public Future<List<Due>> due(String kind, Instant at) {
    return pool.preparedQuery(DUE).execute(Tuple.of(Rows.ts(at), kind)).map(rows -> Rows.list(rows, r -> {
      Event e = EventRepository.event(r, "event_id", "event_institution", "event_kind");
      return new Due(SubscriptionRepository.subscriber(r), e, r.getString("kind"), r.getInteger("attempts"));
    }));
  }

  /**
   * What names each institution's key datasets (those an editor confirmed): their identifiers and the URLs of their
   * distributions as last published, by institution.
   */
  public Future<Map<String, Set<String>>> keySubjects() {
    return pool.query(KEY_DATASETS).execute().map(rows -> {
      Map<String, Set<String>> out = new HashMap<>();
      for (Row r : rows) {
        Set<String> subjects = out.computeIfAbsent(r.getString("institution_code"), k -> new HashSet<>());
        subjects.add(r.getString("identifier"));
        // Dataset events (DATASET_DISAPPEARED, DATASET_OVERDUE) name the dataset by the observatory's id.
        subjects.add(Long.toString(r.getLong("id")));
        for (Distribution x : PackedRows.dataset(r).distributions()) {
          subjects.addAll(x.probeUrls());
        }
      }
      return out;
    });
  }

  /** The events of these kinds since {@code since}, oldest first (candidates for an immediate alert). */
  public Future<List<Event>> eventsSince(Instant since, List<String> kinds) {
    return pool.preparedQuery(EVENTS_SINCE).execute(DatasetRepository.args(Rows.ts(since), kinds.toArray(String[]::new)))
        .map(rows -> Rows.list(rows, r -> EventRepository.event(r, "id", "institution_code", "kind")));
  }

  /** Marks deliveries sent (only pending ones: nothing is marked twice). */
  public Future<Void> sent(long subscriber, List<String> events, Instant at) {
    return pool.preparedQuery(SENT).execute(DatasetRepository.args(subscriber, events.toArray(String[]::new), Rows.ts(at))).mapEmpty();
  }

  /** Records a failed attempt: retried at {@code next}, given up after {@code maxAttempts}. */
  public Future<Void> failed(long subscriber, List<String> events, String error, Instant next, int maxAttempts) {
    return pool.preparedQuery(FAILED).execute(DatasetRepository.args(subscriber, events.toArray(String[]::new),
        error, Rows.ts(next), maxAttempts)).mapEmpty();
  }
}
