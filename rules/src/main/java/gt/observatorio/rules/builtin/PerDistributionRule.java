package gt.observatorio.rules.builtin;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule scored as the share of a dataset's distributions that pass one check; each failing
 * distribution gives a finding, and a dataset with no distribution scores nothing.
 */
public abstract class PerDistributionRule extends BaseRule {
  private final Finding noDistributions;

  protected PerDistributionRule(String id, Dimension dimension, Text title, Text rationale, Text advice) {
    super(id, dimension, title, rationale, advice);
    noDistributions = noDistributionsFinding();
  }

  /** The finding that explains why distribution {@code i} fails, or null when it passes. */
  protected abstract Finding check(DatasetSnapshot snapshot, int i, Distribution d);

  @Override
  public final RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    List<Distribution> dists = snapshot.dataset().distributions();
    if (dists.isEmpty()) {
      return failFixed(params, noDistributions);
    }
    List<Finding> findings = null;
    for (int i = 0; i < dists.size(); i++) {
      Finding f = check(snapshot, i, dists.get(i));
      if (f != null) {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(f);
      }
    }
    return findings == null ? pass(params)
        : partial(params, dists.size() - findings.size(), dists.size(), findings);
  }
}
