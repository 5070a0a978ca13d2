package gt.observatorio.rules.ruleset;

import java.util.Locale;

/**
 * The scale of a dimension's value. A dataset's value is {@code max × measured points / measurable points}
 * of the dimension's rules, so an unmeasured rule pushes it neither up nor down.
 *
 * @param max 100 for percent, 5 for stars, the sum of the dimension's rule weights for points
 */
public record Scale(Kind kind, double max) {
  /** The kinds of scale a rule set may declare. */
  public enum Kind {
    PERCENT, POINTS, STARS;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromId(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT));
    }
  }

  public static final Scale PERCENT = new Scale(Kind.PERCENT, 100);
  public static final Scale STARS = new Scale(Kind.STARS, 5);
}
