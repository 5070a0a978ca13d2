package gt.observatorio.engine.store;

import java.time.Instant;

/**
 * A rule-set version stored through the admin API (its YAML as sent).
 *
 * @param active whether it scores its profile instead of the shipped file
 */
public record StoredRuleSet(long id, String profile, String ruleSetId, String version, String contentHash,
    String yaml, boolean active, Instant createdAt, Long createdBy, Instant activatedAt) {}
