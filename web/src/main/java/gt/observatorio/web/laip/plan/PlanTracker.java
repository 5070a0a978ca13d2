package gt.observatorio.web.laip.plan;

import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.store.PlanRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Runs the plan's configured evidence checks and stores their results for the month. */
public final class PlanTracker {
  private final ActionPlan plan;
  private final PlanRepository repo;
  private final Clock clock;

  public PlanTracker(ActionPlan plan, PlanRepository repo, Clock clock) {
    this.plan = plan;
    this.repo = repo;
    this.clock = clock;
  }

  public ActionPlan plan() {
    return plan;
  }

  /** Runs every configured check on a worker thread, then stores the results (one per check and month). */
  public Future<List<PlanCheckResult>> runChecks(Vertx vertx, EvidenceChecker checker) {
    return vertx.executeBlocking(() -> {
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
      return out;
    }, false).compose(results -> {
      Future<Void> chain = Future.succeededFuture();
      for (PlanCheckResult r : results) {
        chain = chain.compose(x -> repo.record(r));
      }
      return chain.map(x -> results);
    });
  }
}
