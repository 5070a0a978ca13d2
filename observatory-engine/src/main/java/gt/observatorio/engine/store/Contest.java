package gt.observatorio.engine.store;

import java.time.Instant;

/**
 * A contested finding (right of reply), as the API shows it: no token is named.
 *
 * @param state {@code pending}, {@code accepted} or {@code rejected}
 * @param contentHash the content hash of the dataset version contested
 * @param decisionReason the admin's reason (required to reject), or null
 */
public record Contest(long id, long datasetId, String contentHash, String ruleId, String reason, String evidenceUrl,
    String state, Instant filedAt, Instant decidedAt, String decisionReason) {}
