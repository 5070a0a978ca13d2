package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Digest subscribers: double opt-in for the public (a request, then a confirmation by token), confirmed contacts from
 * the registry, and unsubscribing by token. An address appears only here and in the messages sent to it.
 */
public final class SubscriptionRepository {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "id, email, institution_code, origin, token, confirmed_at is not null as confirmed";
  private static final String ACTIVE_NOW = "digest_subscriber.confirmed_at is not null"
      + " and digest_subscriber.unsubscribed_at is null";
  private static final String REQUEST = """
      insert into digest_subscriber (email, institution_code, origin, token, created_at)
      values ($1, $2, 'public', $3, $4)
      on conflict (lower(email), coalesce(institution_code, '')) do update set
        token = case when %1$s then digest_subscriber.token else excluded.token end,
        confirmed_at = case when %1$s then digest_subscriber.confirmed_at else null end,
        unsubscribed_at = null
      returning %2$s""".formatted(ACTIVE_NOW, COLUMNS);
  private static final String CONFIRM = "update digest_subscriber set confirmed_at = coalesce(confirmed_at, $2)"
      + " where token = $1 and unsubscribed_at is null returning " + COLUMNS;
  private static final String UNSUBSCRIBE = "update digest_subscriber set unsubscribed_at = coalesce(unsubscribed_at, $2)"
      + " where token = $1 returning " + COLUMNS;
  private static final String ADD_CONTACTS = """
      insert into digest_subscriber (email, institution_code, origin, token, created_at, confirmed_at)
      select t.email, t.code, 'registry', t.token, $4, $4
      from unnest($1::text[], $2::text[], $3::text[]) as t(email, code, token)
      on conflict (lower(email), coalesce(institution_code, '')) do nothing""";
  private static final String DROP_CONTACTS = """
      update digest_subscriber s set unsubscribed_at = $3
      where s.origin = 'registry' and s.unsubscribed_at is null and not exists (
        select 1 from unnest($1::text[], $2::text[]) as t(email, code)
        where lower(t.email) = lower(s.email) and t.code = s.institution_code)""";
  private static final String ACTIVE = "select " + COLUMNS + " from digest_subscriber"
      + " where confirmed_at is not null and unsubscribed_at is null order by id";

  private final Pool pool;

  public SubscriptionRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * A public request to follow an institution (null: all): a new or lapsed subscriber gets a fresh token and must
   * confirm; one already confirmed is returned as it is (confirmed), so no second confirmation is needed.
   */
  public Future<Subscriber> request(String email, String institution, Instant at) {
    return pool.preparedQuery(REQUEST).execute(Tuple.of(email, institution, newToken(), Rows.ts(at)))
        .map(rows -> subscriber(rows.iterator().next()));
  }

  /** Confirms the subscriber of a token; empty when the token is unknown or was unsubscribed. */
  public Future<Optional<Subscriber>> confirm(String token, Instant at) {
    return pool.preparedQuery(CONFIRM).execute(Tuple.of(token, Rows.ts(at))).map(rows -> rows.size() == 0
        ? Optional.empty() : Optional.of(subscriber(rows.iterator().next())));
  }

  /** Unsubscribes the subscriber of a token (idempotent); empty when the token is unknown. */
  public Future<Optional<Subscriber>> unsubscribe(String token, Instant at) {
    return pool.preparedQuery(UNSUBSCRIBE).execute(Tuple.of(token, Rows.ts(at))).map(rows -> rows.size() == 0
        ? Optional.empty() : Optional.of(subscriber(rows.iterator().next())));
  }

  /**
   * Makes the registry's contacts subscribers of their institution, confirmed (the registry's editors vouch for
   * them); contacts no longer listed stop receiving; a contact who unsubscribed stays unsubscribed.
   */
  public Future<Void> syncContacts(Map<String, List<String>> contacts, Instant at) {
    List<String> emails = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    contacts.forEach((code, list) -> list.forEach(e -> {
      emails.add(e);
      codes.add(code);
      tokens.add(newToken());
    }));
    String[] e = emails.toArray(String[]::new);
    String[] c = codes.toArray(String[]::new);
    return pool.withTransaction(conn -> conn.preparedQuery(ADD_CONTACTS)
        .execute(DatasetRepository.args(e, c, tokens.toArray(String[]::new), Rows.ts(at)))
        .compose(x -> conn.preparedQuery(DROP_CONTACTS).execute(DatasetRepository.args(e, c, Rows.ts(at)))).mapEmpty());
  }

  /** Confirmed subscribers who did not unsubscribe. */
  public Future<List<Subscriber>> active() {
    return pool.query(ACTIVE).execute().map(rows -> Rows.list(rows, SubscriptionRepository::subscriber));
  }

  static Subscriber subscriber(Row r) {
    return new Subscriber(r.getLong("id"), r.getString("email"), r.getString("institution_code"),
        r.getString("origin"), r.getString("token"), r.getBoolean("confirmed"));
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
