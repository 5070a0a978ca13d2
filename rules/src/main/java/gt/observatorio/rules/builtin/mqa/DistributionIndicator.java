package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;

/** An MQA distribution-level indicator, checked on the dataset's best distribution. */
abstract class DistributionIndicator extends BaseRule {
  private final Check check;
  private final Paths.Field field;
  private final Text failure;
  private final String expected;
  private final Finding noDistributions;
  private final Finding notProbed;

  DistributionIndicator(Check check, String name, Dimension dimension, Text title, Text rationale, Text advice,
      String field, Text failure, String expected) {
    super("mqa." + name, dimension, title, rationale, advice);
    this.check = check;
    this.field = Paths.field(field);
    this.failure = failure;
    this.expected = expected;
    this.noDistributions = noDistributionsFinding();
    this.notProbed = finding(Severity.INFO, Text.of("No se midió: la URL no se comprobó.",
        "Not measured: the URL was not checked."), "probe=(none)", "HTTP 200-299", field);
  }

  /** The value the check looked at, for the finding. */
  abstract String observed(DatasetSnapshot s, Dataset ds, Distribution d);

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    BestDistribution facts = BestDistribution.facts(snapshot);
    int i = facts.best;
    if (i < 0) {
      return failFixed(params, noDistributions);
    }
    Boolean ok = facts.result(i, check);
    if (ok == null) {
      return notMeasuredFixed(params, notProbed);
    }
    if (ok) {
      return pass(params);
    }
    Dataset ds = snapshot.dataset();
    return fail(params, finding(Severity.WARNING, failure, observed(snapshot, ds, ds.distributions().get(i)),
        expected, field.dist(i)));
  }
}
