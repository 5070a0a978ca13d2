package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Waiver;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contested findings (right of reply): filed by an editor against the dataset's latest published version, accepted
 * or rejected by an admin; each step audited in its own transaction. Accepted contests are read back as
 * {@link Waiver}s for scoring.
 */
public final class ContestRepository {
  private static final String COLUMNS = "id, dataset_id, content_hash, rule_id, reason, evidence_url, state, filed_at,"
      + " decided_at, decision_reason";
  private static final String LATEST_HASH = """
      select v.content_hash from run_dataset rd
      join crawl_run r on r.id = rd.run_id and r.published
      join dataset_version v on v.id = rd.version_id
      where rd.dataset_id = $1 order by r.week desc, r.finished_at desc nulls last, r.id desc limit 1""";
  private static final String INSERT = "insert into finding_contest (dataset_id, content_hash, rule_id, reason,"
      + " evidence_url, filed_at, filed_by) values ($1, $2, $3, $4, $5, $6, $7) returning " + COLUMNS;
  private static final String DECIDE = "update finding_contest set state = $2, decided_at = $3, decided_by = $4,"
      + " decision_reason = $5 where id = $1 and state = 'pending' returning " + COLUMNS;
  private static final String ONE = "select " + COLUMNS + " from finding_contest where id = $1";
  private static final String OF_DATASET = "select " + COLUMNS + " from finding_contest where dataset_id = $1"
      + " order by id desc";
  private static final String WAIVERS = "select " + COLUMNS + " from finding_contest where state = 'accepted'"
      + " order by id";
  private static final String WAIVERS_OF_SOURCE = "select c.id, c.dataset_id, c.content_hash, c.rule_id, c.reason,"
      + " c.evidence_url, d.identifier from finding_contest c join dataset d on d.id = c.dataset_id"
      + " where c.state = 'accepted' and d.source_id = $1 order by c.id";

  /** What deciding a contest did. */
  public sealed interface Decision {
    /** The contest as decided. */
    record Decided(Contest contest) implements Decision {}

    /** No contest has that id. */
    record NotFound() implements Decision {}

    /** The contest was decided already; it is left as it was. */
    record AlreadyDecided(Contest contest) implements Decision {}
  }

  private final Pool pool;

  public ContestRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * Files a contest against the dataset's latest published version and audits it; empty when the dataset has no
   * published version.
   */
  public Future<Optional<Contest>> file(long datasetId, String ruleId, String reason, String evidenceUrl,
      ApiToken by, Instant at) {
    return pool.withTransaction(conn -> conn.preparedQuery(LATEST_HASH).execute(Tuple.of(datasetId))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Contest>empty());
          }
          String hash = rows.iterator().next().getString("content_hash");
          return conn.preparedQuery(INSERT).execute(Tuple.of(datasetId, hash, ruleId, reason, evidenceUrl,
              Rows.ts(at), by == null ? null : by.id())).compose(ins -> {
                Contest c = contest(ins.iterator().next());
                return TokenRepository.audit(conn, by, "contest.file", "finding_contest/" + c.id(),
                    new JsonObject().put("dataset", datasetId).put("rule", ruleId).put("reason", reason)
                        .put("evidenceUrl", evidenceUrl).put("contentHash", hash)).map(x -> Optional.of(c));
              });
        }));
  }

  /** Accepts or rejects a pending contest and audits it; {@code reason} is required to reject (the caller checks). */
  public Future<Decision> decide(long id, boolean accept, String reason, ApiToken by, Instant at) {
    String state = accept ? "accepted" : "rejected";
    return pool.withTransaction(conn -> conn.preparedQuery(DECIDE)
        .execute(Tuple.of(id, state, Rows.ts(at), by == null ? null : by.id(), reason)).compose(rows -> {
          if (rows.size() == 0) {
            return conn.preparedQuery(ONE).execute(Tuple.of(id)).map(one -> one.size() == 0
                ? (Decision) new Decision.NotFound() : new Decision.AlreadyDecided(contest(one.iterator().next())));
          }
          Contest c = contest(rows.iterator().next());
          return TokenRepository.audit(conn, by, accept ? "contest.accept" : "contest.reject",
              "finding_contest/" + id, new JsonObject().put("dataset", c.datasetId()).put("rule", c.ruleId())
                  .put("reason", reason)).map(x -> (Decision) new Decision.Decided(c));
        }));
  }

  /** A dataset's contests, newest first. */
  public Future<List<Contest>> ofDataset(long datasetId) {
    return pool.preparedQuery(OF_DATASET).execute(Tuple.of(datasetId)).map(rows -> Rows.list(rows,
        ContestRepository::contest));
  }

  /** Accepted contests as waivers, by dataset id (for rescoring). */
  public Future<Map<Long, List<Waiver>>> waiversByDataset() {
    return pool.query(WAIVERS).execute().map(rows -> {
      Map<Long, List<Waiver>> out = new HashMap<>();
      for (Row r : rows) {
        out.computeIfAbsent(r.getLong("dataset_id"), k -> new ArrayList<>()).add(waiver(r));
      }
      return out;
    });
  }

  /** Accepted contests on a source's datasets as waivers, by dataset identifier (for a crawl of the source). */
  public Future<Map<String, List<Waiver>>> waiversOfSource(String sourceId) {
    return pool.preparedQuery(WAIVERS_OF_SOURCE).execute(Tuple.of(sourceId)).map(rows -> {
      Map<String, List<Waiver>> out = new HashMap<>();
      for (Row r : rows) {
        out.computeIfAbsent(r.getString("identifier"), k -> new ArrayList<>()).add(waiver(r));
      }
      return out;
    });
  }

  private static Waiver waiver(Row r) {
    return new Waiver(r.getLong("id"), r.getString("rule_id"), r.getString("content_hash"), r.getString("reason"),
        r.getString("evidence_url"));
  }

  private static Contest contest(Row r) {
    return new Contest(r.getLong("id"), r.getLong("dataset_id"), r.getString("content_hash"), r.getString("rule_id"),
        r.getString("reason"), r.getString("evidence_url"), r.getString("state"), Rows.instant(r, "filed_at"),
        Rows.instant(r, "decided_at"), r.getString("decision_reason"));
  }
}
