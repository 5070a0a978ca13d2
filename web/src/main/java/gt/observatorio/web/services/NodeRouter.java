package gt.observatorio.web.services;

import gt.observatorio.web.api.MaturityApi;
import gt.observatorio.web.api.RouteModule;
import gt.observatorio.web.labels.LabelsApi;
import gt.observatorio.web.registry.RegistryLoader;
import gt.observatorio.web.maturity.EvidenceProbe;
import gt.observatorio.web.maturity.MaturityService;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.WebConfig;
import gt.observatorio.web.api.AdminHooks;
import gt.observatorio.web.api.AnswerCaching;
import gt.observatorio.web.api.ApiRouter;
import gt.observatorio.web.api.RouteModule;
import gt.observatorio.web.api.RouteTable;
import gt.observatorio.web.laip.LaipApi;
import gt.observatorio.web.ops.OpsRoutes;
import gt.observatorio.web.ops.Telemetry;
import gt.observatorio.web.plan.PlanApi;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
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
  private final MaturityService maturity;
  private final EvidenceProbe evidenceProbe;
  private final String defaultProfile;
  private final boolean simulated;
  private final Clock clock;
  private final RouteModule digests;
  private final RouteModule webhooks;

  /** @param db only for the readiness check (the database answers, its migrations are applied) */
  public NodeRouter(Stores stores, Database db, Telemetry telemetry, RuleSetFollowing scoring, CrawlService crawls,
      Scheduling scheduling, ComplianceChecks compliance, MaturityService maturity, EvidenceProbe evidenceProbe,
      String defaultProfile, boolean simulated, Clock clock, RouteModule digests, RouteModule webhooks) {
    this.webhooks = webhooks;
    this.stores = stores;
    this.db = db;
    this.telemetry = telemetry;
    this.scoring = scoring;
    this.crawls = crawls;
    this.scheduling = scheduling;
    this.compliance = compliance;
    this.maturity = maturity;
    this.evidenceProbe = evidenceProbe;
    this.defaultProfile = defaultProfile;
    this.simulated = simulated;
    this.clock = clock;
    this.digests = digests;
  }

  /** The one router of the node and the operations on it: the API's, Article 10, plan, metrics and health. */
  public RouteTable build(Vertx vertx, WebConfig web) {
    Set<String> profiles = Set.copyOf(scoring.scorers().stream().map(s -> s.ruleSet().profile()).toList());
    ApiRouter api = new ApiRouter(stores, profiles, defaultProfile, simulated,
        new AnswerCaching(web.cacheSeconds(), web.cacheMegabytes() * 1024L * 1024L, telemetry.registry()), scoring.ruleSets(),
        new AdminHooks(crawls::crawlInBackground, scheduling::rescheduleRegistered, scheduling::cronProblem));
    return api.build(vertx, web.corsOrigin(), List.of(
        new LaipApi(stores.laip(), simulated),
        new PlanApi(compliance.plan(), stores.plan(), clock, stores.tokens()),
        new MaturityApi(maturity, stores.maturity(), stores.tokens(), evidenceProbe, clock, simulated),
        digests,
        new OpsRoutes(vertx, telemetry, db.pool(), db.dataSource(), scheduling::state), webhooks,
        LabelsApi.of(scoring.ruleSets(), defaultProfile, RegistryLoader.names(web.registryFile()))));
  }
}
