package gt.observatorio.engine.store;

import java.time.Instant;

/**
 * One institution's stored maturity in a quarter under a model version.
 *
 * @param detailJson dimensions, criteria and key datasets as JSON
 */
public record StoredMaturityResult(String institutionCode, String quarter, String modelId, String modelVersion,
    String modelHash, int level, double metPercent, Instant computedAt, String detailJson) {}
