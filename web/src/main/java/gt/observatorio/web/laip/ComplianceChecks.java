package gt.observatorio.web.laip;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.crawler.laip.LaipHarvester;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.web.laip.plan.ActionPlan;
import gt.observatorio.web.laip.plan.ActionPlanLoader;
import gt.observatorio.web.laip.plan.EvidenceChecker;
import gt.observatorio.web.laip.plan.PlanConfig;
import gt.observatorio.web.laip.plan.PlanTracker;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;

/**
 * The compliance checks of a node: Article 10 portals (sources of kind {@code laip}) and the action
 * plan's automatic evidence, each stored for the current month. Blocking; never call on an event loop.
 */
public final class ComplianceChecks {
  private final Vertx vertx;
  private final Crawler crawler;
  private final Pool pool;
  private final LaipConfig laip;
  private final PlanConfig planConfig;
  private final Clock clock;
  private volatile ActionPlan plan;

  public ComplianceChecks(Vertx vertx, Crawler crawler, Pool pool, LaipConfig laip, PlanConfig planConfig,
      Clock clock) {
    this.vertx = vertx;
    this.crawler = crawler;
    this.pool = pool;
    this.laip = laip;
    this.planConfig = planConfig;
    this.clock = clock;
  }

  /** Tracks this plan instead of the shipped one (the demo points its checks at simulated evidence). */
  public void usePlan(ActionPlan actionPlan) {
    this.plan = actionPlan;
  }

  /** The plan tracked: the one given to {@link #usePlan}, else the shipped 6th plan. */
  public ActionPlan plan() {
    ActionPlan p = plan;
    return p != null ? p : ActionPlanLoader.load();
  }

  /** Checks the Article 10 portals among the sources and stores each checklist for the current month. */
  public List<LaipChecklist> checkArticle10(List<Source> candidates) {
    List<Source> portals = candidates.stream().filter(s -> LaipHarvester.KIND.equals(s.kind())).toList();
    if (portals.isEmpty()) {
      return List.of();
    }
    LaipMonitor monitor = new LaipMonitor(vertx, new LaipChecker(crawler.context(), crawler.prober(), laip),
        new LaipRepository(pool));
    return join(monitor.checkSources(portals));
  }

  /** Runs the action plan's automatic evidence checks and stores them for the current month. */
  public List<PlanCheckResult> checkPlanEvidence() {
    return join(new PlanTracker(plan(), new PlanRepository(pool), clock).runChecks(vertx,
        new EvidenceChecker(crawler.context(), crawler.prober(), planConfig.schema())));
  }

  private static <T> T join(io.vertx.core.Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }
}
