package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Share of declared licence values that satisfy a test; no licence declared scores nothing. */
abstract class LicenceVocabRule extends BaseRule {
  private final Predicate<LicenceInfo> test;
  private final Text failure;
  private final String expected;

  LicenceVocabRule(String id, Text title, Text rationale, Text advice, Predicate<LicenceInfo> test,
      Text failure, String expected) {
    super(id, Dimension.LICENSING, title, rationale, advice);
    this.test = test;
    this.failure = failure;
    this.expected = expected;
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    int[] ok = {0};
    List<Finding> findings = new ArrayList<>(0);
    int n = DeclaredLicences.forEach(snapshot.dataset(), Vocabularies.standard().licences(),
        (value, resolved, path) -> {
          if (resolved != null && test.test(resolved)) {
            ok[0]++;
          } else {
            findings.add(finding(Severity.WARNING, failure, "license=" + value
                + (resolved == null ? "" : " (" + resolved.id() + ", Open Definition: " + resolved.odConformance() + ")"),
                expected, path));
          }
        });
    if (n == 0) {
      return fail(finding(Severity.ERROR, Text.of("No hay licencia declarada que evaluar.",
          "There is no declared licence to assess."), Paths.observed("license", snapshot.dataset().license()),
          expected, "dataset.license"));
    }
    return ok[0] == n ? pass() : partial(ok[0], n, findings);
  }
}
