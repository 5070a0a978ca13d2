package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/**
 * MQA indicator {@code rightsAvailability} (Contextuality, 5 points): dct:rights is declared, on
 * the best distribution. Harvesters fill it from DCAT's dct:rights on the distribution, CKAN's
 * resource {@code rights} and data.json's dataset-level {@code rights}.
 */
public final class RightsAvailability extends DistributionIndicator {
  private static final Paths.Field OBSERVED = Paths.vocabularyField("rights");

  public RightsAvailability() {
    super(Check.RIGHTS, "rightsAvailability", Dimension.LICENSING,
        Text.of("Declaración de derechos", "Rights statement"),
        Text.of("Una declaración de derechos aclara condiciones que la licencia no cubre.",
            "A rights statement clarifies conditions the licence does not cover."),
        Text.of("Declare una declaración de derechos (dct:rights) en la distribución.",
            "Declare a rights statement (dct:rights) on the distribution."),
        "rights",
        Text.of("La distribución no declara derechos (dct:rights).", "The distribution declares no rights (dct:rights)."),
        "dct:rights");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return OBSERVED.observed(d.rights());
  }
}
