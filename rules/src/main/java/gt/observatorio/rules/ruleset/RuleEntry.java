package gt.observatorio.rules.ruleset;

import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;

/**
 * A rule as a rule set uses it.
 *
 * @param weight the points the rule is worth in this rule set
 * @param group an optional label that groups rules in the methodology
 * @param dimension the id of the rule set's dimension its points count towards
 */
public record RuleEntry(Rule rule, double weight, String group, String dimension, RuleParams params) {}
