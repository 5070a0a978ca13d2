package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.Text;

/**
 * A dimension as a rule set declares it.
 *
 * @param id stable id, the key of stored per-dimension values
 * @param label Spanish and English name shown to people
 * @param weight its weight in the overall score (method {@code dimensions}); for method {@code points} it is
 *     informative only
 * @param scale how its value is read: 0-100 percent, points up to a maximum, or 0-5 stars
 */
public record DimensionSpec(String id, Text label, double weight, Scale scale) {}
