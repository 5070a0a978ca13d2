package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;

/**
 * MQA indicator {@code rightsAvailability} (Contextuality, 5 points): dct:rights on the
 * distribution. The common model does not carry dct:rights yet, so it is reported as not measured
 * rather than counted against anyone.
 */
public final class RightsAvailability extends BaseRule {
  private final Finding why;

  public RightsAvailability() {
    super("mqa.rightsAvailability", Dimension.LICENSING,
        Text.of("Declaración de derechos", "Rights statement"),
        Text.of("Una declaración de derechos aclara condiciones que la licencia no cubre.",
            "A rights statement clarifies conditions the licence does not cover."),
        Text.of("Declare una declaración de derechos (dct:rights) en la distribución.",
            "Declare a rights statement (dct:rights) on the distribution."));
    why = finding(Severity.INFO, Text.of("No se midió: el modelo común aún no recoge dct:rights.",
        "Not measured: the common model does not carry dct:rights yet."), "dct:rights=(not harvested)",
        "dct:rights", "distributions[*].rights");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    return notMeasuredFixed(params, why);
  }
}
