package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.PlanRepository;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an action plan's configured evidence checks and stores their results (one per check and month).
 * Blocking: the observatory's own threads only.
 */
public final class PlanEvidenceChecks {
  private final EvidenceChecker checker;
  private final PlanRepository repo;
  private final Clock clock;

  public PlanEvidenceChecks(EvidenceChecker checker, PlanRepository repo, Clock clock) {
    this.checker = checker;
    this.repo = repo;
    this.clock = clock;
  }

  /** Runs every configured check of the plan, then stores the results. */
  public List<PlanCheckResult> run(ActionPlan plan) {
    List<PlanCheckResult> out = new ArrayList<>();
    for (ActionPlan.Activity a : plan.activities()) {
      for (ActionPlan.EvidenceCheck k : a.checks()) {
        if (k.configured()) {
          EvidenceOutcome o = checker.check(k);
          out.add(new PlanCheckResult(a.id(), k.id(), YearMonth.now(clock), o.passed(), o.observed(),
              o.evidenceUrl(), clock.instant()));
        }
      }
    }
    for (PlanCheckResult r : out) {
      Blocking.await(repo.record(r));
    }
    return out;
  }
}
