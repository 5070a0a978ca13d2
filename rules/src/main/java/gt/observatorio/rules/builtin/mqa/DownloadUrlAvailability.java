package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;

/** MQA indicator {@code downloadUrlAvailability} (Accessibility, 20 points): a download URL is declared, on the best distribution. */
public final class DownloadUrlAvailability extends DistributionIndicator {
  public DownloadUrlAvailability() {
    super(Check.DOWNLOAD_URL, "downloadUrlAvailability", Dimension.ACCESSIBILITY,
        Text.of("URL de descarga declarada", "Download URL declared"),
        Text.of("Una URL de descarga directa permite obtener el archivo sin pasar por una página.", "A direct download URL gets the file without going through a page."),
        Text.of("Declare la URL del archivo (dcat:downloadURL).", "Declare the file URL (dcat:downloadURL)."),
        "downloadUrl",
        Text.of("La distribución no declara URL de descarga.", "The distribution declares no download URL."),
        "dcat:downloadURL");
  }

  @Override
  String observed(DatasetSnapshot s, Dataset ds, Distribution d) {
    return Paths.observed("downloadUrl", d.downloadUrl());
  }
}
