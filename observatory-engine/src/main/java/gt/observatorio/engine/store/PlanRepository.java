package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.PlanManualStatus;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action plan tracker's storage: statuses an editor records (history kept) and automatic checks. */
public final class PlanRepository {
  private static final String INSERT_STATUS = """
      insert into plan_status (activity_id, status, evidence_url, note, editor, recorded_at)
      values ($1, $2, $3, $4, $5, $6)""";
  private static final String LATEST_STATUSES = """
      select distinct on (activity_id) activity_id, status, evidence_url, note, editor, recorded_at
      from plan_status order by activity_id, recorded_at desc, id desc""";
  private static final String STATUS_HISTORY = """
      select activity_id, status, evidence_url, note, editor, recorded_at from plan_status
      where activity_id = $1 order by recorded_at, id""";
  private static final String ALL_STATUSES = """
      select activity_id, status, evidence_url, note, editor, recorded_at from plan_status order by recorded_at, id""";
  private static final String UPSERT_CHECK = """
      insert into plan_check (activity_id, check_id, month, passed, observed, evidence_url, checked_at)
      values ($1, $2, $3, $4, $5, $6, $7)
      on conflict (activity_id, check_id, month) do update set passed = excluded.passed,
        observed = excluded.observed, evidence_url = excluded.evidence_url, checked_at = excluded.checked_at""";
  private static final String CHECKS = """
      select activity_id, check_id, month, passed, observed, evidence_url, checked_at from plan_check
      order by month, activity_id, check_id""";

  private final Pool pool;

  public PlanRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> record(PlanManualStatus s) {
    return pool.preparedQuery(INSERT_STATUS).execute(Tuple.of(s.activityId(), s.status(), s.evidenceUrl(), s.note(),
        s.editor(), s.recordedAt().atOffset(ZoneOffset.UTC))).mapEmpty();
  }

  /** Each activity's latest recorded status, by activity id. */
  public Future<Map<String, PlanManualStatus>> latestStatuses() {
    return pool.query(LATEST_STATUSES).execute().map(rows -> {
      Map<String, PlanManualStatus> out = new LinkedHashMap<>();
      rows.forEach(r -> out.put(r.getString("activity_id"), status(r)));
      return out;
    });
  }

  /** Every status recorded for an activity, oldest first. */
  public Future<List<PlanManualStatus>> history(String activityId) {
    return pool.preparedQuery(STATUS_HISTORY).execute(Tuple.of(activityId)).map(rows -> {
      List<PlanManualStatus> out = new ArrayList<>();
      rows.forEach(r -> out.add(status(r)));
      return out;
    });
  }

  /** Every status recorded, oldest first. */
  public Future<List<PlanManualStatus>> allStatuses() {
    return pool.query(ALL_STATUSES).execute().map(rows -> {
      List<PlanManualStatus> out = new ArrayList<>();
      rows.forEach(r -> out.add(status(r)));
      return out;
    });
  }

  /** Stores a check's result; a later check in the same month replaces it. */
  public Future<Void> record(PlanCheckResult c) {
    return pool.preparedQuery(UPSERT_CHECK).execute(Tuple.of(c.activityId(), c.checkId(), c.month().atDay(1),
        c.passed(), c.observed(), c.evidenceUrl(), c.checkedAt().atOffset(ZoneOffset.UTC))).mapEmpty();
  }

  /** Every stored check result, oldest month first. */
  public Future<List<PlanCheckResult>> checks() {
    return pool.query(CHECKS).execute().map(rows -> {
      List<PlanCheckResult> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new PlanCheckResult(r.getString("activity_id"), r.getString("check_id"),
            YearMonth.from(r.getLocalDate("month")), r.getBoolean("passed"), r.getString("observed"),
            r.getString("evidence_url"), r.getOffsetDateTime("checked_at").toInstant()));
      }
      return out;
    });
  }

  private static PlanManualStatus status(Row r) {
    return new PlanManualStatus(r.getString("activity_id"), r.getString("status"), r.getString("evidence_url"),
        r.getString("note"), r.getString("editor"), r.getOffsetDateTime("recorded_at").toInstant());
  }
}
