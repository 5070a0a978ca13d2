package gt.observatorio.engine.store;

import java.time.Instant;

/** A maturity model version the observatory computed with, its YAML as loaded. */
public record StoredMaturityModel(long id, String modelId, String version, String contentHash, String yaml,
    Instant createdAt) {}
