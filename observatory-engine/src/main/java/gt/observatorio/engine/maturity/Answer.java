package gt.observatorio.engine.maturity;

import java.time.Instant;

/**
 * An institution's answer to an answered criterion.
 *
 * @param evidenceReachable whether the evidence URL answered when last probed; null when not probed yet
 * @param evidenceObserved what the probe saw (outcome and status), null when not probed
 * @param reason the reviewer's reason (required for a rejection)
 */
public record Answer(long id, String institution, String criterionId, AnswerState state, String evidenceUrl,
    String note, Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy, String reason,
    Boolean evidenceReachable, String evidenceObserved) {}
