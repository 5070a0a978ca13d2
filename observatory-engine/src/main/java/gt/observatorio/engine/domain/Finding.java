package gt.observatorio.engine.domain;

import java.util.Locale;

/**
 * Why a dataset lost (or could not be given) points.
 *
 * @param dimension the id of the dimension of the rule that found it (lower case)
 * @param observed what was seen, e.g. {@code "format=PDF"}
 * @param expected what the rule expects, e.g. {@code "CSV, JSON, XML, ..."}
 * @param evidence where it was seen: a field path, a URL or a header
 * @param advice how to fix it
 */
public record Finding(
    String ruleId,
    String dimension,
    Severity severity,
    Text message,
    String observed,
    String expected,
    String evidence,
    Text advice) {

  public Finding {
    dimension = dimension == null ? null : dimension.toLowerCase(Locale.ROOT);
  }
}
