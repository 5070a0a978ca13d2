package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code licenceAvailability} (Reusability, 20 points): a licence is declared (the dataset licence applies when the distribution has none), on the best distribution. */
public final class LicenceAvailability extends DistributionIndicator {
  private static final Paths.Field OBSERVED = Paths.vocabularyField("license");

  public LicenceAvailability() {
    super(Check.LICENCE, "licenceAvailability", Dimension.LICENSING,
        Text.of("Licencia declarada", "Licence declared"),
        Text.of("Sin licencia no se sabe si los datos se pueden reutilizar.", "Without a licence nobody knows whether the data may be re-used."),
        Text.of("Declare una licencia (dct:license) en el conjunto o en cada distribución.", "Declare a licence (dct:license) on the dataset or each distribution."),
        "license",
        Text.of("No hay licencia declarada.", "No licence is declared."),
        "dct:license");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return OBSERVED.observed(MqaChecks.licence(d, ds));
  }
}
