package gt.observatorio.rules.ruleset;

import java.util.Locale;

/** How a rule set turns rule points into a score. */
public enum ScoringMethod {
  /** Each dimension 0-100 from its rules' points; the score is the weighted mean of dimensions (0-100). */
  DIMENSIONS,
  /** The score is the sum of the rules' points (e.g. MQA's 405). */
  POINTS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ScoringMethod fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
