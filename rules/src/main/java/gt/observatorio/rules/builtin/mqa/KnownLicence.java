package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code knownLicence} (Reusability, 10 points): the licence is a known one (EU licence vocabulary, SPDX, Open Definition register), on the best distribution. */
public final class KnownLicence extends DistributionIndicator {
  private static final Paths.Field OBSERVED = Paths.vocabularyField("license");

  public KnownLicence() {
    super(Check.KNOWN_LICENCE, "knownLicence", Dimension.LICENSING,
        Text.of("Licencia conocida", "Known licence"),
        Text.of("Una licencia conocida se entiende sin leer un texto legal propio.", "A known licence is understood without reading a custom legal text."),
        Text.of("Use una licencia del vocabulario europeo de licencias, p. ej. CC BY 4.0.", "Use a licence from the EU licence vocabulary, e.g. CC BY 4.0."),
        "license",
        Text.of("La licencia no es una licencia conocida.", "The licence is not a known licence."),
        "EU licence vocabulary / SPDX (licences.csv)");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return OBSERVED.observed(MqaChecks.licence(d, ds));
  }
}
