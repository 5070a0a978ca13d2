package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.ProbeResult;

/** The latest stored observation of a URL: its row, the hash of what it saw, and the result. */
public record StoredProbe(long id, String hash, ProbeResult result) {}
