package gt.observatorio.engine.store;

/**
 * One line of the global list of datasets, as last published.
 *
 * @param dimensionsJson per-dimension scores keyed by dimension id (JSON object)
 * @param formatsJson the distributions' formats, upper case (JSON array)
 */
public record DatasetSummary(long datasetId, String institutionCode, String sourceId, String identifier, String title,
    String modified, double score, String rating, int findings, int distributions, String dimensionsJson,
    String formatsJson) {}
