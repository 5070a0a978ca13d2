package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Licences;
import gt.observatorio.rules.vocab.Memo;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Share of declared licence values that satisfy a test; no licence declared scores nothing. */
abstract class LicenceVocabRule extends BaseRule {
  private static final Paths.Field LICENSE = Paths.field("license");
  private static final Memo<String, String> OBSERVED = new Memo<>(10_000);
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
    Dataset d = snapshot.dataset();
    Licences licences = Vocabularies.standard().licences();
    int n = 0;
    int ok = 0;
    List<Finding> findings = null;
    for (int i = -1; i < d.distributions().size(); i++) {
      String value = i < 0 ? d.license() : d.distributions().get(i).license();
      if (!DeclaredLicences.declares(value, licences)) {
        continue;
      }
      n++;
      LicenceInfo resolved = licences.resolve(value);
      if (resolved != null && test.test(resolved)) {
        ok++;
        continue;
      }
      if (findings == null) {
        findings = new ArrayList<>(2);
      }
      findings.add(finding(Severity.WARNING, failure, OBSERVED.get(value, licences, LicenceVocabRule::observed),
          expected, i < 0 ? "dataset.license" : LICENSE.dist(i)));
    }
    if (n == 0) {
      return fail(params, finding(Severity.ERROR, Text.of("No hay licencia declarada que evaluar.",
          "There is no declared licence to assess."), Paths.observed("license", d.license()),
          expected, "dataset.license"));
    }
    return ok == n ? pass(params) : partial(params, ok, n, findings);
  }

  private static String observed(String value, Licences licences) {
    LicenceInfo resolved = licences.resolve(value);
    return "license=" + value
        + (resolved == null ? "" : " (" + resolved.id() + ", Open Definition: " + resolved.odConformance() + ")");
  }
}
