package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Periodicity;
import gt.observatorio.rules.vocab.Vocabularies;

/** The dataset declares how often it is updated, in a value the vocabularies understand. */
public final class PeriodicityRule extends BaseRule {
  private static final String EXPECTED = "MONTHLY, R/P1M, mensual, trimestral, annual, ... (periodicities.csv)";
  private static final Text UNKNOWN = Text.of("La periodicidad declarada no se entiende o es «desconocida».",
      "The declared frequency is not understood or is 'unknown'.");
  private static final Paths.Field FIELD = Paths.vocabularyField("accrualPeriodicity");
  private final Finding missing;

  public PeriodicityRule() {
    super("freshness.periodicity", Dimension.FRESHNESS,
        Text.of("Periodicidad de actualización declarada", "Update frequency declared"),
        Text.of("Saber cada cuánto se actualizan los datos permite confiar en ellos y juzgar si están al día.",
            "Knowing how often data is updated lets users rely on it and judge whether it is current."),
        Text.of("Declare la periodicidad (dct:accrualPeriodicity) con un valor del vocabulario europeo (p. ej. MONTHLY) o ISO 8601 (R/P1M).",
            "Declare the frequency (dct:accrualPeriodicity) with an EU vocabulary value (e.g. MONTHLY) or ISO 8601 (R/P1M)."));
    missing = finding(Severity.WARNING, Text.of("El conjunto no declara periodicidad de actualización.",
        "The dataset declares no update frequency."), Paths.observed("accrualPeriodicity", null),
        EXPECTED, Paths.dataset("accrualPeriodicity"));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    String declared = snapshot.dataset().accrualPeriodicity();
    if (blank(declared)) {
      return failFixed(params, missing);
    }
    Periodicity p = Vocabularies.standard().periodicities().resolve(declared);
    if (p == null || p.kind() == Periodicity.Kind.UNKNOWN) {
      return partial(params, 0.5, 1, java.util.List.of(finding(Severity.WARNING, UNKNOWN,
          FIELD.observed(declared), EXPECTED, FIELD.dataset())));
    }
    return pass(params);
  }
}
