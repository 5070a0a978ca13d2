package gt.observatorio.engine.domain;

import java.time.Instant;

/**
 * A plan activity's status as an editor recorded it.
 *
 * @param status {@code not-started}, {@code in-progress}, {@code completed} or {@code delayed}
 */
public record PlanManualStatus(String activityId, String status, String evidenceUrl, String note, String editor,
    Instant recordedAt) {
  public static final java.util.Set<String> STATUSES = java.util.Set.of("not-started", "in-progress", "completed",
      "delayed");

  public PlanManualStatus {
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
    }
    if (editor == null || editor.isBlank()) {
      throw new IllegalArgumentException("editor is required");
    }
  }
}
