package gt.observatorio.engine.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Admin-API bearer tokens and the audit log. A token is 32 random bytes (base64url); only its
 * SHA-256 is stored, so a leaked table gives no usable token. Creating one is itself audited.
 */
public final class TokenRepository {
  public static final List<String> ROLES = List.of("admin", "editor");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String INSERT = "insert into api_token (token_hash, role, label) values ($1, $2, $3) returning id";
  private static final String FIND = """
      update api_token set last_used_at = now() where token_hash = $1 and revoked_at is null
      returning id, role, label""";
  private static final String AUDIT = """
      insert into audit_log (token_id, role, action, target, detail) values ($1, $2, $3, $4, $5)""";
  private static final String RECENT = """
      select id, at, token_id, role, action, target, detail::text as detail from audit_log order by id desc limit $1""";

  private static final String LIST = """
      select id, role, label, created_at, last_used_at, revoked_at from api_token order by id""";
  private static final String LOCK_ADMINS = """
      select id from api_token where role = 'admin' and revoked_at is null for update""";
  private static final String REVOKE = """
      update api_token set revoked_at = now() where id = $1 and revoked_at is null returning role""";
  private static final String EXISTS = "select 1 from api_token where id = $1";

  /** What revoking a token did. */
  public enum Revocation { REVOKED, NOT_FOUND, ALREADY_REVOKED, LAST_ADMIN }

  private final Pool pool;

  public TokenRepository(Pool pool) {
    this.pool = pool;
  }

  /** A new random token for a role; the clear token is returned once and never stored. */
  public Future<String> create(String role, String label) {
    if (!ROLES.contains(role)) {
      return Future.failedFuture(new IllegalArgumentException("role must be one of " + ROLES));
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "obs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return pool.withTransaction(conn -> conn.preparedQuery(INSERT).execute(Tuple.of(hash(token), role, label))
        .compose(rows -> {
          long id = rows.iterator().next().getLong("id");
          return conn.preparedQuery(AUDIT).execute(Tuple.of(id, role, "token.create", "api_token/" + id,
              new JsonObject().put("label", label)));
        })).map(x -> token);
  }

  /** The live (not revoked) token with this clear value, if any; marks it used. */
  public Future<Optional<ApiToken>> find(String token) {
    return pool.preparedQuery(FIND).execute(Tuple.of(hash(token))).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row r = rows.iterator().next();
      return Optional.of(new ApiToken(r.getLong("id"), r.getString("role"), r.getString("label")));
    });
  }

  /** Every token, oldest first, without secret or hash. */
  public Future<List<TokenInfo>> list() {
    return pool.query(LIST).execute().map(rows -> Rows.list(rows, r -> new TokenInfo(r.getLong("id"),
        r.getString("role"), r.getString("label"), Rows.instant(r, "created_at"), Rows.instant(r, "last_used_at"),
        Rows.instant(r, "revoked_at"))));
  }

  /**
   * Revokes a token at once (it is refused from the next request) and audits it, in one transaction.
   *
   * @param by who revokes (null: the command line)
   * @param keepLastAdmin refuse to revoke the last live admin token ({@link Revocation#LAST_ADMIN})
   */
  public Future<Revocation> revoke(long id, ApiToken by, boolean keepLastAdmin) {
    return pool.withTransaction(conn -> conn.preparedQuery(LOCK_ADMINS).execute().compose(admins -> {
      java.util.Set<Long> live = new java.util.HashSet<>();
      admins.forEach(r -> live.add(r.getLong("id")));
      if (keepLastAdmin && live.size() == 1 && live.contains(id)) {
        return Future.succeededFuture(Revocation.LAST_ADMIN);
      }
      return conn.preparedQuery(REVOKE).execute(Tuple.of(id)).compose(rows -> {
        if (rows.size() == 0) {
          return conn.preparedQuery(EXISTS).execute(Tuple.of(id))
              .map(e -> e.size() == 0 ? Revocation.NOT_FOUND : Revocation.ALREADY_REVOKED);
        }
        String role = rows.iterator().next().getString("role");
        return conn.preparedQuery(AUDIT).execute(Tuple.of(by == null ? null : by.id(), by == null ? null : by.role(),
            "token.revoke", "api_token/" + id, new JsonObject().put("role", role))).map(x -> Revocation.REVOKED);
      });
    }));
  }

  /** Records a change made with a token. */
  public Future<Void> audit(ApiToken by, String action, String target, JsonObject detail) {
    return audit(pool, by, action, target, detail);
  }

  /** Records a change made with a token through {@code client}, e.g. inside the change's own transaction. */
  static Future<Void> audit(io.vertx.sqlclient.SqlClient client, ApiToken by, String action, String target,
      JsonObject detail) {
    return client.preparedQuery(AUDIT).execute(Tuple.of(by == null ? null : by.id(), by == null ? null : by.role(),
        action, target, detail == null ? new JsonObject() : detail)).mapEmpty();
  }

  /** The latest audit entries, newest first. */
  public Future<List<AuditEntry>> recentAudit(int limit) {
    return pool.preparedQuery(RECENT).execute(Tuple.of(limit)).map(rows -> Rows.list(rows, r -> new AuditEntry(
        r.getLong("id"), Rows.instant(r, "at"), r.getLong("token_id"), r.getString("role"), r.getString("action"),
        r.getString("target"), r.getString("detail"))));
  }

  /** Hex SHA-256 of the token's UTF-8 bytes. */
  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
