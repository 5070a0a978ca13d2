package gt.observatorio.rules.builtin.accessibility;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.vocab.Memo;
import java.util.ArrayList;
import java.util.List;

/**
 * Share of probed distributions whose URL answered with content. Distributions without a probe
 * (or NOT_PROBED) do not count; with none probed the rule is not measured.
 */
public final class ReachableRule extends BaseRule {
  private static final Text NO_CONTENT = Text.of("La URL de la distribución no responde con contenido.",
      "The distribution's URL does not answer with content.");
  private static final Memo<Integer, String>[] OBSERVED = memos();
  private final Finding noProbes;

  public ReachableRule() {
    super("accessibility.reachable", Dimension.ACCESSIBILITY,
        Text.of("Enlaces que responden", "Links that work"),
        Text.of("Un enlace roto hace inaccesibles los datos aunque el catálogo los anuncie.",
            "A broken link makes the data inaccessible even though the catalog lists it."),
        Text.of("Revise los enlaces rotos: publique de nuevo el archivo o corrija la URL en el catálogo.",
            "Fix broken links: republish the file or correct the URL in the catalog."));
    noProbes = finding(Severity.INFO, Text.of("No se midió: no se comprobaron las URL.",
        "Not measured: the URLs were not checked."), "probes=0", "≥ 1", "probes");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    List<Distribution> dists = snapshot.dataset().distributions();
    Facts facts = Facts.of(snapshot);
    int probed = 0;
    int ok = 0;
    List<Finding> findings = null;
    for (int i = 0; i < dists.size(); i++) {
      ProbeResult p = facts.probes[i];
      if (p == null || p.outcome() == ProbeOutcome.NOT_PROBED) {
        continue;
      }
      probed++;
      if (p.outcome().reachable()) {
        ok++;
        continue;
      }
      if (findings == null) {
        findings = new ArrayList<>();
      }
      findings.add(finding(Severity.ERROR, NO_CONTENT, observed(p), "HTTP 2xx", p.url()));
    }
    if (probed == 0) {
      return notMeasuredFixed(params, noProbes);
    }
    return ok == probed ? pass(params) : partial(params, ok, probed, findings);
  }

  /** {@code outcome HTTP status (detail)}; remembered by outcome and status when there is no detail. */
  private static String observed(ProbeResult p) {
    if (p.detail() != null) {
      return status(p.outcome(), p.httpStatus()) + " (" + p.detail() + ")";
    }
    Integer st = p.httpStatus();
    return OBSERVED[p.outcome().ordinal()].get(st == null ? -1 : st, p.outcome(), (k, o) -> status(o, k == -1 ? null : k));
  }

  private static String status(ProbeOutcome o, Integer st) {
    return o.id() + (st == null ? "" : " HTTP " + st);
  }

  @SuppressWarnings("unchecked")
  private static Memo<Integer, String>[] memos() {
    Memo<Integer, String>[] m = new Memo[ProbeOutcome.values().length];
    for (int i = 0; i < m.length; i++) {
      m[i] = new Memo<>(1_000);
    }
    return m;
  }
}
