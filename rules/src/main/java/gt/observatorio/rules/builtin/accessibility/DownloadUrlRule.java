package gt.observatorio.rules.builtin.accessibility;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.builtin.PerDistributionRule;

/** Share of distributions with a direct download URL (not only a page to visit). */
public final class DownloadUrlRule extends PerDistributionRule {
  private final Finding[] missing = new Finding[64];

  public DownloadUrlRule() {
    super("accessibility.download-url", Dimension.ACCESSIBILITY,
        Text.of("URL de descarga directa", "Direct download URL"),
        Text.of("Un enlace directo al archivo permite descargarlo y automatizar su uso.",
            "A direct link to the file lets people download it and automate its use."),
        Text.of("Indique la URL del archivo mismo (dcat:downloadURL), además de la página que lo presenta.",
            "Give the URL of the file itself (dcat:downloadURL), besides the page that presents it."));
  }

  @Override
  protected Finding check(DatasetSnapshot snapshot, int i, Distribution d) {
    if (!blank(d.downloadUrl())) {
      return null;
    }
    if (i >= missing.length) {
      return missing(i);
    }
    Finding f = missing[i];
    if (f == null) {
      f = missing(i);
      missing[i] = f;
    }
    return f;
  }

  private Finding missing(int i) {
    return finding(Severity.WARNING, Text.of("La distribución no tiene URL de descarga.",
        "The distribution has no download URL."), Paths.observed("downloadUrl", null),
        "una URL / a URL", Paths.dist(i, "downloadUrl"));
  }
}
