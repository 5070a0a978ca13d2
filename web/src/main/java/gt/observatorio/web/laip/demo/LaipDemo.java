package gt.observatorio.web.laip.demo;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.store.LaipRepository;
import gt.observatorio.engine.store.PlanRepository;
import gt.observatorio.web.laip.LaipMonitor;
import gt.observatorio.web.laip.plan.ActionPlan;
import gt.observatorio.web.laip.plan.ActionPlanLoader;
import gt.observatorio.web.laip.plan.EvidenceChecker;
import gt.observatorio.web.laip.plan.PlanTracker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The Article 10 and action plan part of the demo: simulated portals of every layout and simulated
 * plan evidence, checked each simulated week through the real checker and stored.
 *
 * <pre>{@code
 * LaipDemo laip = Observatory.await(LaipDemo.start(obs.vertx(), clock, week::get));
 * // each simulated week:
 * Observatory.await(laip.checkWeek(obs.database().pool(), settings.crawler(), clock));
 * }</pre>
 */
public final class LaipDemo {
  private final LaipDemoPortals portals;
  private final PlanDemoEvidence evidence;
  private final Map<String, String> portalUrls;
  private final ActionPlan plan;
  private final Vertx vertx;

  private LaipDemo(Vertx vertx, LaipDemoPortals portals, PlanDemoEvidence evidence, Map<String, String> portalUrls,
      ActionPlan plan) {
    this.vertx = vertx;
    this.portals = portals;
    this.evidence = evidence;
    this.portalUrls = portalUrls;
    this.plan = plan;
  }

  public static Future<LaipDemo> start(Vertx vertx, Clock clock, IntSupplier week) {
    LaipDemoPortals portals = new LaipDemoPortals(vertx, clock, week);
    PlanDemoEvidence evidence = new PlanDemoEvidence(vertx, clock, week);
    return portals.start().compose(urls -> evidence.start().map(checkUrls -> new LaipDemo(vertx, portals, evidence,
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

  /** Checks every simulated portal and the plan's evidence once, storing the results for the clock's month. */
  public Future<List<LaipChecklist>> checkWeek(Pool pool, CrawlerConfig crawlerConfig, Clock clock) {
    Crawler crawler = Crawler.create(crawlerConfig, clock);
    LaipMonitor monitor = new LaipMonitor(vertx, new LaipChecker(crawler.context(), crawler.prober(),
        LaipConfig.defaults()), new LaipRepository(pool));
    List<LaipChecklist> out = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<String, String> e : portalUrls.entrySet()) {
      chain = chain.compose(x -> monitor.checkAndStore(e.getKey(), URI.create(e.getValue())).map(l -> {
        out.add(l);
        return null;
      }));
    }
    PlanTracker tracker = new PlanTracker(plan, new PlanRepository(pool), clock);
    return chain.compose(x -> tracker.runChecks(vertx, new EvidenceChecker(crawler.context(), crawler.prober(),
            Optional.empty())))
        .map(x -> out).eventually(() -> {
          crawler.close();
          return Future.succeededFuture();
        });
  }

  public Future<Void> stop() {
    return Future.all(portals.stop(), evidence.stop()).mapEmpty();
  }
}
