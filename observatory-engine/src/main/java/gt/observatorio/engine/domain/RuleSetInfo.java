package gt.observatorio.engine.domain;

/** Identifies the exact rule set a score was computed with. */
public record RuleSetInfo(String id, String profile, String version, String contentHash) {}
