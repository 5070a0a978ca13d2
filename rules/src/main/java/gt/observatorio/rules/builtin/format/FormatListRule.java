package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.FormatInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Share of distributions whose declared format or media type is on a list of formats (MQA's
 * rule: either field may qualify; neither set fails).
 */
abstract class FormatListRule extends BaseRule {
  private final Predicate<FormatInfo> onList;
  private final Text failure;
  private final String expected;
  private final Finding noDistributions;

  FormatListRule(String id, Text title, Text rationale, Text advice, Predicate<FormatInfo> onList,
      Text failure, String expected) {
    super(id, Dimension.FORMAT, title, rationale, advice);
    this.onList = onList;
    this.failure = failure;
    this.expected = expected;
    this.noDistributions = finding(Severity.ERROR, Text.of("El conjunto no tiene distribuciones.",
        "The dataset has no distributions."), "distributions=0", "≥ 1", "dataset.distributions");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    List<Distribution> dists = snapshot.dataset().distributions();
    if (dists.isEmpty()) {
      return fail(params, noDistributions);
    }
    Facts facts = Facts.of(snapshot);
    int ok = 0;
    List<Finding> findings = null;
    for (int i = 0; i < dists.size(); i++) {
      Distribution d = dists.get(i);
      if (passes(facts.format[i]) || passes(facts.mediaType[i])) {
        ok++;
      } else {
        if (findings == null) {
          findings = new ArrayList<>();
        }
        findings.add(finding(Severity.WARNING, failure,
            Paths.observed("format", d.format()) + "; " + Paths.observed("mediaType", d.mediaType()),
            expected, Paths.dist(i, "format")));
      }
    }
    return ok == dists.size() ? pass(params) : partial(params, ok, dists.size(), findings);
  }

  private boolean passes(FormatInfo f) {
    return f != null && onList.test(f);
  }
}
