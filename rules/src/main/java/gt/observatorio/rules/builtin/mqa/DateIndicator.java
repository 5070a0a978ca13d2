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
import java.util.function.Function;

/** An MQA date indicator, counted once: on the dataset or on its best distribution. */
abstract class DateIndicator extends BaseRule {
  private final Finding missing;
  private final Function<Dataset, String> onDataset;
  private final Function<Distribution, String> onDistribution;

  DateIndicator(String name, Text title, Text rationale, Text advice, String field,
      Function<Dataset, String> onDataset, Function<Distribution, String> onDistribution) {
    super("mqa." + name, Dimension.FRESHNESS, title, rationale, advice);
    this.missing = finding(Severity.WARNING, Text.of("Ni el conjunto ni su mejor distribución declaran " + field + ".",
        "Neither the dataset nor its best distribution declares " + field + "."),
        Paths.observed(field, null), "dct:" + field, Paths.dataset(field));
    this.onDataset = onDataset;
    this.onDistribution = onDistribution;
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset ds = snapshot.dataset();
    if (!MqaChecks.blank(onDataset.apply(ds))) {
      return pass(params);
    }
    int i = BestDistribution.of(snapshot);
    if (i >= 0 && !MqaChecks.blank(onDistribution.apply(ds.distributions().get(i)))) {
      return pass(params);
    }
    return failFixed(params, missing);
  }
}
