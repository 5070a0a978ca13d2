package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;

/**
 * Rule-set versions stored through the admin API. A (profile, version) pair is stored once; at
 * most one version per profile is active (a partial unique index), switched in one transaction.
 */
public final class RuleSetRepository {
  private static final String COLUMNS = "id, profile, rule_set_id, version, content_hash, yaml, active, created_at,"
      + " created_by, activated_at";
  private static final String INSERT = "insert into rule_set_version (profile, rule_set_id, version, content_hash,"
      + " yaml, created_by) values ($1, $2, $3, $4, $5, $6) on conflict (profile, version) do nothing returning "
      + COLUMNS;
  private static final String BY_VERSION = "select " + COLUMNS + " from rule_set_version where profile = $1 and version = $2";
  private static final String BY_ID = "select " + COLUMNS + " from rule_set_version where id = $1";
  private static final String LIST = "select " + COLUMNS + " from rule_set_version order by profile, id desc";
  private static final String ACTIVE = "select " + COLUMNS + " from rule_set_version where active order by profile";
  private static final String CLEAR = "update rule_set_version set active = false, activated_at = null"
      + " where profile = $1 and active returning id";
  private static final String SET = "update rule_set_version set active = true, activated_at = now() where id = $1";

  private final Pool pool;

  public RuleSetRepository(Pool pool) {
    this.pool = pool;
  }

  /** Stores a version; empty when that profile already has that version (nothing is overwritten). */
  public Future<Optional<StoredRuleSet>> insert(String profile, String ruleSetId, String version, String hash,
      String yaml, Long createdBy) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(profile, ruleSetId, version, hash, yaml, createdBy))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(row(rows.iterator().next())));
  }

  public Future<Optional<StoredRuleSet>> find(String profile, String version) {
    return pool.preparedQuery(BY_VERSION).execute(Tuple.of(profile, version)).map(RuleSetRepository::first);
  }

  public Future<Optional<StoredRuleSet>> find(long id) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(RuleSetRepository::first);
  }

  /** Every stored version, by profile, newest first. */
  public Future<List<StoredRuleSet>> list() {
    return pool.query(LIST).execute().map(rows -> Rows.list(rows, RuleSetRepository::row));
  }

  /** The active version of each profile that has one. */
  public Future<List<StoredRuleSet>> active() {
    return pool.query(ACTIVE).execute().map(rows -> Rows.list(rows, RuleSetRepository::row));
  }

  /** Makes a version the active one of its profile (the previous one is deactivated in the same transaction). */
  public Future<Void> activate(StoredRuleSet version) {
    return pool.withTransaction(conn -> conn.preparedQuery(CLEAR).execute(Tuple.of(version.profile()))
        .compose(x -> conn.preparedQuery(SET).execute(Tuple.of(version.id()))).mapEmpty());
  }

  /** Deactivates a profile's stored version; true when one was active. */
  public Future<Boolean> deactivate(String profile) {
    return pool.preparedQuery(CLEAR).execute(Tuple.of(profile)).map(rows -> rows.size() > 0);
  }

  private static Optional<StoredRuleSet> first(io.vertx.sqlclient.RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(row(rows.iterator().next()));
  }

  private static StoredRuleSet row(Row r) {
    return new StoredRuleSet(r.getLong("id"), r.getString("profile"), r.getString("rule_set_id"),
        r.getString("version"), r.getString("content_hash"), r.getString("yaml"), r.getBoolean("active"),
        Rows.instant(r, "created_at"), r.getLong("created_by"), Rows.instant(r, "activated_at"));
  }
}
