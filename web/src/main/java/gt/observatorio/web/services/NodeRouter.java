package gt.observatorio.web.services;

import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.WebConfig;
import gt.observatorio.web.api.AdminHooks;
import gt.observatorio.web.api.ApiRouter;
import gt.observatorio.web.laip.LaipApi;
import gt.observatorio.web.ops.OpsRoutes;
import gt.observatorio.web.ops.Telemetry;
import gt.observatorio.web.plan.PlanApi;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.Set;

/**
 * The router of a node: the API and the dashboard, the Article 10 and plan routes, the metrics and the
 * health checks, each handed the stores and services it uses.
 */
public final class NodeRouter {
  private final Stores stores;
  private final Database db;
  private final Telemetry telemetry;
  private final RuleSetFollowing scoring;
  private final CrawlService crawls;
  private final Scheduling scheduling;
  private final ComplianceChecks compliance;
  private final String defaultProfile;
  private final boolean simulated;
  private final Clock clock;

  /** @param db only for the readiness check (the database answers, its migrations are applied) */
  public NodeRouter(Stores stores, Database db, Telemetry telemetry, RuleSetFollowing scoring, CrawlService crawls,
      Scheduling scheduling, ComplianceChecks compliance, String defaultProfile, boolean simulated, Clock clock) {
    this.stores = stores;
    this.db = db;
    this.telemetry = telemetry;
    this.scoring = scoring;
    this.crawls = crawls;
    this.scheduling = scheduling;
    this.compliance = compliance;
    this.defaultProfile = defaultProfile;
    this.simulated = simulated;
    this.clock = clock;
  }

  public Router build(Vertx vertx, WebConfig web) {
    Set<String> profiles = Set.copyOf(scoring.scorers().stream().map(s -> s.ruleSet().profile()).toList());
    ApiRouter api = new ApiRouter(stores, profiles, defaultProfile, simulated, web.cacheSeconds(), scoring.ruleSets(),
        new AdminHooks(crawls::crawlInBackground, scheduling::rescheduleRegistered));
    Router router = api.build(vertx, web.corsOrigin(), r -> {
      new LaipApi(stores.laip(), simulated).mount(r);
      new PlanApi(compliance.plan(), stores.plan(), clock, stores.tokens()).mount(r);
    });
    new OpsRoutes(vertx, telemetry, db.pool(), db.dataSource(), scheduling::state).mount(router);
    return router;
  }
}
