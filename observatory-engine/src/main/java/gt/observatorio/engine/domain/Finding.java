package gt.observatorio.engine.domain;

/**
 * Why a dataset lost (or could not be given) points.
 *
 * @param observed what was seen, e.g. {@code "format=PDF"}
 * @param expected what the rule expects, e.g. {@code "CSV, JSON, XML, ..."}
 * @param evidence where it was seen: a field path, a URL or a header
 * @param advice how to fix it
 */
public record Finding(
    String ruleId,
    Dimension dimension,
    Severity severity,
    Text message,
    String observed,
    String expected,
    String evidence,
    Text advice) {}
