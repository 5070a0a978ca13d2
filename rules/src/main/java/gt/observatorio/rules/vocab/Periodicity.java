package gt.observatorio.rules.vocab;

/**
 * A declared update frequency understood.
 *
 * @param code EU frequency code, or {@code ISO8601} for a parsed duration
 * @param days the period in days (0 unless {@code kind} is {@link Kind#REGULAR})
 */
public record Periodicity(String code, double days, Kind kind) {
  /** How freshness treats the frequency. */
  public enum Kind {
    /** Updated every {@code days}. */
    REGULAR,
    /** HDX's "Never / Live / As Needed": always fresh. */
    AS_NEEDED,
    /** Declared, but says nothing (EU UNKNOWN, "other"). */
    UNKNOWN
  }
}
