package gt.observatorio.rules.builtin.licensing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Licences;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.List;

/**
 * A licence is declared: on the dataset, or else on its distributions (in proportion). CKAN's
 * "License not specified" counts as none.
 */
public final class LicenceDeclaredRule extends BaseRule {
  public LicenceDeclaredRule() {
    super("licensing.declared", Dimension.LICENSING,
        Text.of("Licencia declarada", "Licence declared"),
        Text.of("Sin licencia, quien reutiliza los datos no sabe qué puede hacer con ellos.",
            "Without a licence, re-users do not know what they may do with the data."),
        Text.of("Declare una licencia (dct:license), por ejemplo CC BY 4.0 o CC0.",
            "Declare a licence (dct:license), for example CC BY 4.0 or CC0."));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset d = snapshot.dataset();
    Licences licences = Vocabularies.standard().licences();
    if (DeclaredLicences.declares(d.license(), licences)) {
      return pass(params);
    }
    int n = d.distributions().size();
    int withLicence = 0;
    for (var dist : d.distributions()) {
      if (DeclaredLicences.declares(dist.license(), licences)) {
        withLicence++;
      }
    }
    if (n > 0 && withLicence == n) {
      return pass(params);
    }
    return partial(params, withLicence, Math.max(n, 1), List.of(finding(Severity.ERROR,
        Text.of("El conjunto no declara licencia.", "The dataset declares no licence."),
        Paths.observed("license", d.license()) + "; distributions with licence=" + withLicence + "/" + n,
        "una licencia / a licence", Paths.dataset("license"))));
  }
}
