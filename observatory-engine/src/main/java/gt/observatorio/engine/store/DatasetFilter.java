package gt.observatorio.engine.store;

/**
 * Filters, order and page of the global list of datasets; null fields do not filter.
 *
 * @param dimension a dimension id: datasets with a finding in it
 * @param finding a rule id: datasets with a finding of that rule
 * @param format a distribution format, case-insensitive (e.g. {@code CSV})
 * @param text words in the title or description, case-insensitive
 * @param sort {@code score}, {@code -score}, {@code name}, {@code -name}, {@code modified}, {@code -modified}
 * @param page 1-based
 */
public record DatasetFilter(String profile, String institution, String dimension, String finding, String format,
    Double minScore, Double maxScore, String text, String sort, int page, int size) {}
