package gt.observatorio.engine.store;

import gt.observatorio.engine.maturity.Answer;
import gt.observatorio.engine.maturity.AnswerState;
import gt.observatorio.engine.maturity.InstitutionEvidence.Catalog;
import gt.observatorio.engine.maturity.InstitutionEvidence.KeyDatasetDecision;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maturity: model versions, results per version, quarter and institution, answers and their review, key-dataset
 * decisions. Every change made with a token is audited in the change's own transaction.
 */
public final class MaturityRepository {
  private static final String MODEL_COLUMNS = "id, model_id, version, content_hash, yaml, created_at";
  private static final String INSERT_MODEL = "insert into maturity_model_version (model_id, version, content_hash,"
      + " yaml) values ($1, $2, $3, $4) on conflict (model_id, version) do nothing";
  private static final String MODEL = "select " + MODEL_COLUMNS + " from maturity_model_version"
      + " where model_id = $1 and version = $2";
  private static final String MODELS = "select " + MODEL_COLUMNS + " from maturity_model_version order by id";
  private static final String UPSERT_RESULT = """
      insert into maturity_result (model_version_id, institution_code, quarter, level, met_percent, computed_at, detail)
      values ($1, $2, $3, $4, $5, $6, $7)
      on conflict (model_version_id, quarter, institution_code) do update set level = excluded.level,
        met_percent = excluded.met_percent, computed_at = excluded.computed_at, detail = excluded.detail""";
  private static final String RESULT_COLUMNS = """
      r.institution_code, r.quarter, m.model_id, m.version, m.content_hash, r.level, r.met_percent, r.computed_at,
      r.detail::text as detail from maturity_result r join maturity_model_version m on m.id = r.model_version_id""";
  private static final String RESULTS = "select " + RESULT_COLUMNS
      + " where m.model_id = $1 and m.version = $2 and r.quarter = $3 order by r.level desc, r.met_percent desc,"
      + " r.institution_code";
  private static final String HISTORY = "select " + RESULT_COLUMNS
      + " where m.model_id = $1 and m.version = $2 and r.institution_code = $3 order by r.quarter";
  private static final String QUARTERS = "select distinct r.quarter from maturity_result r join maturity_model_version m"
      + " on m.id = r.model_version_id where m.model_id = $1 and m.version = $2 order by r.quarter";
  private static final String ANSWER_COLUMNS = """
      id, institution_code, criterion_id, state, evidence_url, note, submitted_at, submitted_by, reviewed_at,
      reviewed_by, reason, evidence_reachable, evidence_observed""";
  private static final String SUBMIT = "insert into maturity_answer (institution_code, criterion_id, state, evidence_url,"
      + " note, submitted_at, submitted_by) values ($1, $2, 'submitted', $3, $4, $5, $6) returning " + ANSWER_COLUMNS;
  private static final String REVIEW = "update maturity_answer set state = $2, reason = $3, reviewed_at = $4,"
      + " reviewed_by = $5 where id = $1 and state = 'submitted' returning " + ANSWER_COLUMNS;
  private static final String ANSWER = "select " + ANSWER_COLUMNS + " from maturity_answer where id = $1";
  private static final String ANSWERS = "select " + ANSWER_COLUMNS + " from maturity_answer order by id";
  private static final String PROBED = "update maturity_answer set evidence_reachable = $2, evidence_observed = $3,"
      + " evidence_checked_at = $4 where id = $1";
  private static final String DECIDE = """
      insert into maturity_key_dataset_decision (institution_code, key_dataset_id, dataset_id, confirmed, decided_at,
        decided_by) values ($1, $2, $3, $4, $5, $6)
      on conflict (institution_code, key_dataset_id, dataset_id) do update set confirmed = excluded.confirmed,
        decided_at = excluded.decided_at, decided_by = excluded.decided_by""";
  private static final String DECISIONS = "select institution_code, key_dataset_id, dataset_id, confirmed, decided_at,"
      + " decided_by from maturity_key_dataset_decision order by institution_code, key_dataset_id, dataset_id";
  private static final String CATALOGS = """
      select s.institution_code, s.id, s.url, s.kind, r.state, r.finished_at, coalesce(r.datasets, 0) as datasets
      from source s left join lateral (select state, finished_at, datasets from crawl_run where source_id = s.id
        and state in ('succeeded', 'partial', 'failed') order by finished_at desc nulls last, id desc limit 1) r on true
      where s.enabled order by s.institution_code, s.id""";

  private final Pool pool;

  public MaturityRepository(Pool pool) {
    this.pool = pool;
  }

  /**
   * Stores a model version once and gives it back; fails when the same id and version is already stored with
   * another content (a change must be a new version).
   */
  public Future<StoredMaturityModel> register(String modelId, String version, String hash, String yaml) {
    return pool.preparedQuery(INSERT_MODEL).execute(Tuple.of(modelId, version, hash, yaml))
        .compose(x -> pool.preparedQuery(MODEL).execute(Tuple.of(modelId, version)))
        .compose(rows -> {
          StoredMaturityModel m = model(rows.iterator().next());
          return m.contentHash().equals(hash) ? Future.succeededFuture(m) : Future.failedFuture(
              new IllegalStateException("maturity model " + modelId + " version " + version + " is stored with"
                  + " another content hash (" + m.contentHash() + "); a changed model needs a new version"));
        });
  }

  public Future<List<StoredMaturityModel>> models() {
    return pool.query(MODELS).execute().map(rows -> Rows.list(rows, MaturityRepository::model));
  }

  /** One result to store: the detail is the JSON the API serves. */
  public record NewResult(String institutionCode, int level, double metPercent, JsonObject detail) {}

  /** Replaces a quarter's results under a model version, all in one transaction. */
  public Future<Void> saveResults(long modelVersionId, String quarter, Instant at, List<NewResult> results) {
    List<Tuple> batch = results.stream().map(r -> Tuple.of(modelVersionId, r.institutionCode(), quarter, (short) r.level(),
        r.metPercent(), Rows.ts(at), r.detail())).toList();
    return batch.isEmpty() ? Future.succeededFuture() : pool.withTransaction(c -> c.preparedQuery(UPSERT_RESULT)
        .executeBatch(batch)).mapEmpty();
  }

  public Future<List<StoredMaturityResult>> results(String modelId, String version, String quarter) {
    return pool.preparedQuery(RESULTS).execute(Tuple.of(modelId, version, quarter))
        .map(rows -> Rows.list(rows, MaturityRepository::result));
  }

  /** One institution's results quarter by quarter under a model version, oldest first. */
  public Future<List<StoredMaturityResult>> history(String modelId, String version, String institutionCode) {
    return pool.preparedQuery(HISTORY).execute(Tuple.of(modelId, version, institutionCode))
        .map(rows -> Rows.list(rows, MaturityRepository::result));
  }

  public Future<List<String>> quarters(String modelId, String version) {
    return pool.preparedQuery(QUARTERS).execute(Tuple.of(modelId, version))
        .map(rows -> Rows.list(rows, r -> r.getString("quarter")));
  }

  /** Records an editor's answer (state submitted) and audits it, in one transaction. */
  public Future<Answer> submit(String institutionCode, String criterionId, String evidenceUrl, String note,
      Instant at, ApiToken by) {
    return pool.withTransaction(c -> c.preparedQuery(SUBMIT).execute(Tuple.of(institutionCode, criterionId,
        evidenceUrl, note, Rows.ts(at), by == null ? null : by.id())).compose(rows -> {
          Answer a = answer(rows.iterator().next());
          return TokenRepository.audit(c, by, "maturity.answer.submit", "maturity_answer/" + a.id(), new JsonObject()
              .put("institution", institutionCode).put("criterion", criterionId).put("evidenceUrl", evidenceUrl))
              .map(x -> a);
        }));
  }

  /**
   * Accepts or rejects a submitted answer and audits it, in one transaction; empty when no such answer awaits
   * review.
   */
  public Future<Optional<Answer>> review(long id, boolean accept, String reason, Instant at, ApiToken by) {
    String state = accept ? AnswerState.ACCEPTED.id() : AnswerState.REJECTED.id();
    return pool.withTransaction(c -> c.preparedQuery(REVIEW).execute(Tuple.of(id, state, reason, Rows.ts(at),
        by == null ? null : by.id())).compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(Optional.<Answer>empty());
          }
          Answer a = answer(rows.iterator().next());
          return TokenRepository.audit(c, by, "maturity.answer." + state, "maturity_answer/" + id, new JsonObject()
              .put("institution", a.institution()).put("criterion", a.criterionId()).put("reason", reason))
              .map(x -> Optional.of(a));
        }));
  }

  public Future<Optional<Answer>> answer(long id) {
    return pool.preparedQuery(ANSWER).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(answer(rows.iterator().next())));
  }

  public Future<List<Answer>> answers() {
    return pool.query(ANSWERS).execute().map(rows -> Rows.list(rows, MaturityRepository::answer));
  }

  /** Records what probing an answer's evidence URL saw. */
  public Future<Void> probed(long id, boolean reachable, String observed, Instant at) {
    return pool.preparedQuery(PROBED).execute(Tuple.of(id, reachable, observed, Rows.ts(at))).mapEmpty();
  }

  /** Records an editor's key-dataset decision (the latest one counts) and audits it, in one transaction. */
  public Future<Void> decide(String institutionCode, String keyDatasetId, String datasetId, boolean confirmed,
      Instant at, ApiToken by) {
    return pool.withTransaction(c -> c.preparedQuery(DECIDE).execute(Tuple.of(institutionCode, keyDatasetId,
        datasetId, confirmed, Rows.ts(at), by == null ? null : by.id())).compose(x -> TokenRepository.audit(c, by,
        "maturity.key-dataset." + (confirmed ? "confirm" : "reject"), "institution/" + institutionCode,
        new JsonObject().put("keyDataset", keyDatasetId).put("dataset", datasetId))));
  }

  /** Every key-dataset decision, by institution code. */
  public Future<Map<String, List<KeyDatasetDecision>>> decisions() {
    return pool.query(DECISIONS).execute().map(rows -> group(rows, r -> new KeyDatasetDecision(
        r.getString("key_dataset_id"), r.getString("dataset_id"), r.getBoolean("confirmed"),
        String.valueOf(r.getLong("decided_by")), Rows.instant(r, "decided_at"))));
  }

  /** Every enabled source with its latest finished crawl, by institution code. */
  public Future<Map<String, List<Catalog>>> catalogs() {
    return pool.query(CATALOGS).execute().map(rows -> group(rows, r -> new Catalog(r.getString("id"),
        r.getString("url"), r.getString("kind"), r.getString("state"), Rows.instant(r, "finished_at"),
        r.getInteger("datasets"))));
  }

  private static <T> Map<String, List<T>> group(RowSet<Row> rows, java.util.function.Function<Row, T> f) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.getString("institution_code"), k -> new ArrayList<>()).add(f.apply(r)));
    return out;
  }

  private static StoredMaturityModel model(Row r) {
    return new StoredMaturityModel(r.getLong("id"), r.getString("model_id"), r.getString("version"),
        r.getString("content_hash"), r.getString("yaml"), Rows.instant(r, "created_at"));
  }

  private static StoredMaturityResult result(Row r) {
    return new StoredMaturityResult(r.getString("institution_code"), r.getString("quarter"), r.getString("model_id"),
        r.getString("version"), r.getString("content_hash"), r.getInteger("level"), r.getDouble("met_percent"),
        Rows.instant(r, "computed_at"), r.getString("detail"));
  }

  private static Answer answer(Row r) {
    return new Answer(r.getLong("id"), r.getString("institution_code"), r.getString("criterion_id"),
        AnswerState.fromId(r.getString("state")), r.getString("evidence_url"), r.getString("note"),
        Rows.instant(r, "submitted_at"), String.valueOf(r.getLong("submitted_by")), Rows.instant(r, "reviewed_at"),
        r.getLong("reviewed_by") == null ? null : String.valueOf(r.getLong("reviewed_by")), r.getString("reason"),
        r.getBoolean("evidence_reachable"), r.getString("evidence_observed"));
  }
}
