package gt.observatorio.web.laip.demo;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.web.plan.ActionPlanLoader;
import gt.observatorio.web.plan.demo.PlanDemoEvidence;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The Article 10 and action plan part of the demo: simulated portals of every layout and simulated
 * plan evidence, checked each simulated week through the real checker and stored.
 *
 * <pre>{@code
 * LaipDemo laip = LaipDemo.start(obs.vertx(), clock, week::get).await();
 * // each simulated week:
 * obs.compliance().usePlan(laip.plan());
 * laip.checkWeek(obs.compliance());
 * }</pre>
 */
public final class LaipDemo {
  private final LaipDemoPortals portals;
  private final PlanDemoEvidence evidence;
  private final Map<String, String> portalUrls;
  private final ActionPlan plan;

  private LaipDemo(LaipDemoPortals portals, PlanDemoEvidence evidence, Map<String, String> portalUrls,
      ActionPlan plan) {
    this.portals = portals;
    this.evidence = evidence;
    this.portalUrls = portalUrls;
    this.plan = plan;
  }

  public static Future<LaipDemo> start(Vertx vertx, Clock clock, IntSupplier week) {
    LaipDemoPortals portals = new LaipDemoPortals(vertx, clock, week);
    PlanDemoEvidence evidence = new PlanDemoEvidence(vertx, clock, week);
    return portals.start().compose(urls -> evidence.start().map(checkUrls -> new LaipDemo(portals, evidence,
        urls, ActionPlanLoader.load().withCheckUrls(checkUrls))));
  }

  /** Institution code → its simulated Article 10 page. */
  public Map<String, String> portalUrls() {
    return portalUrls;
  }

  /** The plan with its checks pointed at the simulated evidence (mount it with {@code PlanApi}). */
  public ActionPlan plan() {
    return plan;
  }

  /**
   * Checks every simulated portal and the plan's evidence once through the node's compliance checks (tracking
   * {@link #plan()}), storing the results for the clock's month. Blocking.
   */
  public List<LaipChecklist> checkWeek(ComplianceChecks compliance) {
    List<Source> sites = portalUrls.entrySet().stream().map(e -> new Source(
        e.getKey().toLowerCase(Locale.ROOT) + "-laip-demo", e.getKey(), URI.create(e.getValue()), "laip", null))
        .toList();
    List<LaipChecklist> out = compliance.checkArticle10(sites);
    compliance.checkPlanEvidence();
    return out;
  }

  public Future<Void> stop() {
    return Future.all(portals.stop(), evidence.stop()).mapEmpty();
  }
}
