package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;

/** MQA indicator {@code accessUrlStatusCode} (Accessibility, 50 points): the access URL answers HTTP 200-299, on the best distribution. */
public final class AccessUrlStatusCode extends DistributionIndicator {
  public AccessUrlStatusCode() {
    super(Check.ACCESS_URL_STATUS, "accessUrlStatusCode", Dimension.ACCESSIBILITY,
        Text.of("La URL de acceso responde", "Access URL answers"),
        Text.of("Una URL de acceso que no responde deja el conjunto fuera de alcance.", "An access URL that does not answer puts the dataset out of reach."),
        Text.of("Corrija o reemplace la URL de acceso (dcat:accessURL) para que responda con HTTP 200.", "Fix or replace the access URL (dcat:accessURL) so that it answers HTTP 200."),
        "accessUrl",
        Text.of("La URL de acceso no respondió con HTTP 200-299.", "The access URL did not answer HTTP 200-299."),
        "HTTP 200-299");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Probes.describe(s, MqaChecks.accessUrl(d));
  }
}
