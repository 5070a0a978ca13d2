package gt.observatorio.engine.store;

import java.time.Instant;

/** One change recorded in the audit log: who (token and role), when, what action on which target. */
public record AuditEntry(long id, Instant at, Long tokenId, String role, String action, String target, String detail) {}
