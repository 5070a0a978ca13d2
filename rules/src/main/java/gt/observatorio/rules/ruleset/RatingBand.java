package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Text;

/**
 * A rating band: a score (on the rule set's full scale) at or above {@code min} and below the next
 * band's min earns {@code id}.
 */
public record RatingBand(String id, double min, Text label) {}
