package gt.observatorio.engine.store;

import java.time.Instant;

/** What may be shown of a token: never its secret or hash. {@code lastUsedAt}, {@code revokedAt} may be null. */
public record TokenInfo(long id, String role, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
