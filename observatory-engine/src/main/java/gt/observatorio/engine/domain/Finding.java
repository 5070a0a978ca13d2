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
 * @param ref the message by reference (key, template, observed values) where the rule gave one; null for a
 *     literal message. The store keeps only the key and values per finding (V160).
 */
public record Finding(
    String ruleId,
    String dimension,
    Severity severity,
    Text message,
    String observed,
    String expected,
    String evidence,
    Text advice,
    MessageRef ref) {

  public Finding {
    dimension = dimension == null ? null : dimension.toLowerCase(Locale.ROOT);
  }

  /** A finding with a literal message (no key). */
  public Finding(String ruleId, String dimension, Severity severity, Text message, String observed,
      String expected, String evidence, Text advice) {
    this(ruleId, dimension, severity, message, observed, expected, evidence, advice, null);
  }

  /** The stable key of its message within the rule, or null for a literal message. */
  public String key() {
    return ref == null ? null : ref.key();
  }
}
