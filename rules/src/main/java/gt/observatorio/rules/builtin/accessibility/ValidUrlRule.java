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

/** Share of distributions with a well-formed absolute http(s) URL to reach them. */
public final class ValidUrlRule extends BaseRule {
  private final Finding noDistributions;

  public ValidUrlRule() {
    super("accessibility.valid-url", Dimension.ACCESSIBILITY,
        Text.of("URL de acceso bien formada", "Well-formed access URL"),
        Text.of("Una URL incompleta, relativa o con espacios no lleva a ningún lado.",
            "An incomplete or relative URL, or one with spaces, leads nowhere."),
        Text.of("Use URL absolutas que empiecen por https:// y no contengan espacios.",
            "Use absolute URLs that start with https:// and contain no spaces."));
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
      String url = dists.get(i).probeUrl();
      if (wellFormed(url)) {
        ok++;
        continue;
      }
      if (findings == null) {
        findings = new ArrayList<>();
      }
      findings.add(finding(Severity.ERROR, Text.of("La distribución no tiene una URL válida.",
          "The distribution has no valid URL."), Paths.observed("url", url),
          "http(s)://host/...", Paths.dist(i, blank(dists.get(i).downloadUrl()) ? "accessUrl" : "downloadUrl")));
    }
    return ok == dists.size() ? pass(params) : partial(params, ok, dists.size(), findings);
  }

  /** An absolute http(s) URL with a host and no whitespace. */
  public static boolean wellFormed(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip();
    int start;
    if (u.regionMatches(true, 0, "https://", 0, 8)) {
      start = 8;
    } else if (u.regionMatches(true, 0, "http://", 0, 7)) {
      start = 7;
    } else {
      return false;
    }
    if (u.length() <= start || u.charAt(start) == '/' || u.charAt(start) == '.') {
      return false;
    }
    for (int i = start; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
