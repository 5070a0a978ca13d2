package gt.observatorio.engine.testing;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.port.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test implementation of the {@link Scorer} port with rules a test can compute by hand: one point
 * each for a title, a description and a licence (metadata), and one for every reachable
 * distribution (accessibility).
 */
public final class CompletenessScorer implements Scorer {
  private final RuleSetInfo info;

  public CompletenessScorer(String profile) {
    this.info = new RuleSetInfo("test-completeness", profile, "1.0", "sha256:test-" + profile);
  }

  @Override
  public RuleSetInfo ruleSet() {
    return info;
  }

  @Override
  public ScoreCard score(DatasetSnapshot s) {
    Dataset d = s.dataset();
    List<RuleOutcome> rules = new ArrayList<>();
    rules.add(present("title", d.title()));
    rules.add(present("description", d.description()));
    rules.add(present("license", d.license()));
    double reachable = 0;
    List<Finding> access = new ArrayList<>();
    for (Distribution dist : d.distributions()) {
      ProbeResult p = s.probeOf(dist);
      if (p != null && p.outcome().reachable()) {
        reachable++;
      } else {
        access.add(new Finding("reachable", "accessibility", Severity.ERROR,
            Text.of("Recurso inaccesible", "Resource unreachable"),
            p == null ? "not probed" : p.outcome().id(), "reachable", dist.probeUrl(),
            Text.of("Publique el recurso", "Publish the resource")));
      }
    }
    int dists = d.distributions().size();
    rules.add(new RuleOutcome("reachable", "accessibility", reachable, dists, dists > 0, access));
    double meta = rules.subList(0, 3).stream().mapToDouble(RuleOutcome::points).sum();
    Map<String, Double> dims = new java.util.HashMap<>();
    dims.put("metadata", 100.0 * meta / 3);
    if (dists > 0) {
      dims.put("accessibility", 100.0 * reachable / dists);
    }
    return new ScoreCard(info, meta + reachable, 3 + dists, dims, rules, null);
  }

  /** A keyed message (the store keeps its template once and the field per finding). */
  static final MessageRef MISSING = MessageRef.of("missing", "Falta {field}", "Missing {field}");

  private static RuleOutcome present(String field, String value) {
    boolean ok = value != null && !value.isBlank();
    MessageRef missing = MISSING.with("field", field);
    List<Finding> f = ok ? List.of() : List.of(new Finding(field, "metadata", Severity.WARNING,
        missing.render(), "", "a value", "dataset." + field,
        Text.of("Complete el campo " + field, "Fill in " + field), missing));
    return new RuleOutcome(field, "metadata", ok ? 1 : 0, 1, true, f);
  }
}
