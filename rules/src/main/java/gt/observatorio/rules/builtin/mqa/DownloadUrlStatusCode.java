package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;

/** MQA indicator {@code downloadUrlStatusCode} (Accessibility, 30 points): the download URL answers HTTP 200-299, on the best distribution. */
public final class DownloadUrlStatusCode extends DistributionIndicator {
  public DownloadUrlStatusCode() {
    super(Check.DOWNLOAD_URL_STATUS, "downloadUrlStatusCode", Dimension.ACCESSIBILITY,
        Text.of("La URL de descarga responde", "Download URL answers"),
        Text.of("Una URL de descarga rota impide obtener los datos.", "A broken download URL prevents getting the data."),
        Text.of("Corrija la URL de descarga (dcat:downloadURL) para que responda con HTTP 200.", "Fix the download URL (dcat:downloadURL) so that it answers HTTP 200."),
        "downloadUrl",
        Text.of("La URL de descarga falta o no respondió con HTTP 200-299.", "The download URL is missing or did not answer HTTP 200-299."),
        "HTTP 200-299");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Probes.describe(s, d.downloadUrl());
  }
}
