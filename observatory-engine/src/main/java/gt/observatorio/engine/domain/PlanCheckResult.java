package gt.observatorio.engine.domain;

import java.time.Instant;
import java.time.YearMonth;

/**
 * The outcome of one automatic check of a plan activity's evidence in a month.
 *
 * @param observed what was seen, e.g. {@code "latest=2025-04, reachable"}
 */
public record PlanCheckResult(String activityId, String checkId, YearMonth month, boolean passed, String observed,
    String evidenceUrl, Instant checkedAt) {}
