package gt.observatorio.rules.builtin.accessibility;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import java.util.ArrayList;
import java.util.List;

/** Share of distributions with a direct download URL (not only a page to visit). */
public final class DownloadUrlRule extends BaseRule {
  private final Finding noDistributions;

  public DownloadUrlRule() {
    super("accessibility.download-url", Dimension.ACCESSIBILITY,
        Text.of("URL de descarga directa", "Direct download URL"),
        Text.of("Un enlace directo al archivo permite descargarlo y automatizar su uso.",
            "A direct link to the file lets people download it and automate its use."),
        Text.of("Indique la URL del archivo mismo (dcat:downloadURL), además de la página que lo presenta.",
            "Give the URL of the file itself (dcat:downloadURL), besides the page that presents it."));
    noDistributions = finding(Severity.ERROR, Text.of("El conjunto no tiene distribuciones.",
        "The dataset has no distributions."), "distributions=0", "≥ 1", "dataset.distributions");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    List<Distribution> dists = snapshot.dataset().distributions();
    if (dists.isEmpty()) {
      return fail(params, noDistributions);
    }
    int ok = 0;
    List<Finding> findings = null;
    for (int i = 0; i < dists.size(); i++) {
      if (!blank(dists.get(i).downloadUrl())) {
        ok++;
        continue;
      }
      if (findings == null) {
        findings = new ArrayList<>();
      }
      findings.add(finding(Severity.WARNING, Text.of("La distribución no tiene URL de descarga.",
          "The distribution has no download URL."), Paths.observed("downloadUrl", null),
          "una URL / a URL", Paths.dist(i, "downloadUrl")));
    }
    return ok == dists.size() ? pass(params) : partial(params, ok, dists.size(), findings);
  }
}
