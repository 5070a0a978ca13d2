package gt.observatorio.web;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.http.AddressGuard;
import gt.observatorio.crawler.http.HostResolver;
import gt.observatorio.engine.alerts.AlertsConfig;
import gt.observatorio.web.alerts.WebhookConfig;
import gt.observatorio.web.alerts.WebhookDeliverer;
import gt.observatorio.web.alerts.WebhookTarget;
import gt.observatorio.web.api.WebhookAdmin;
import gt.observatorio.engine.compliance.ChecksConfig;
import gt.observatorio.engine.compliance.ComplianceEvents;
import gt.observatorio.engine.pipeline.RunEvents;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.port.HostSlots;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.schedule.OrphanedRuns;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.Retention;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.api.RouteTable;
import gt.observatorio.web.digest.DigestApi;
import gt.observatorio.web.digest.DigestComposer;
import gt.observatorio.web.digest.DigestService;
import gt.observatorio.web.digest.MailConfig;
import gt.observatorio.web.digest.Pacer;
import gt.observatorio.web.digest.SmtpMailer;
import gt.observatorio.web.maturity.EvidenceGatherer;
import gt.observatorio.web.maturity.EvidenceProbe;
import gt.observatorio.web.maturity.MaturityModels;
import gt.observatorio.web.maturity.MaturityService;
import gt.observatorio.web.maturity.ProberEvidence;
import gt.observatorio.web.ops.Telemetry;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import gt.observatorio.web.services.ComplianceService;
import gt.observatorio.web.services.CrawlService;
import gt.observatorio.web.services.Housekeeping;
import gt.observatorio.web.services.HttpLauncher;
import gt.observatorio.web.services.NodeRouter;
import gt.observatorio.web.services.Registration;
import gt.observatorio.web.services.RuleSetFollowing;
import gt.observatorio.web.services.Scheduling;
import gt.observatorio.web.services.Shutdown;
import gt.observatorio.web.services.StoreAccess;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;

/**
 * The composition root: wires Vert.x, metrics, the database, the crawler, the scorers and the services
 * (crawls, scheduling, compliance checks, housekeeping, HTTP) from the settings, and stops them in reverse order.
 */
public final class Observatory implements AutoCloseable {
  private final Telemetry telemetry;
  private final Vertx vertx;
  private final Database db;
  private final Stores stores;
  private final Crawler crawler;
  private final RuleSetFollowing scoring;
  private final ComplianceChecks compliance;
  private final MaturityService maturity;
  private final EvidenceProbe evidenceProbe;
  private final CrawlService crawls;
  private final RunEvents runEvents;
  private final WebhookDeliverer webhooks;
  private final Scheduling scheduling;
  private final Registration registration;
  private final Housekeeping housekeeping;
  private final HttpLauncher http;
  private final DigestService digests;
  private final int graceSeconds;
  private boolean closed;

  private Observatory(Settings settings, Telemetry telemetry, Database db, Stores stores, RuleSetFollowing scoring,
      Clock clock, boolean simulated) {
    this.telemetry = telemetry;
    this.graceSeconds = settings.web().shutdownGraceSeconds();
    this.vertx = telemetry.vertx();
    this.db = db;
    this.stores = stores;
    this.scoring = scoring;
    this.crawler = Crawler.create(settings.crawler(), clock,
        settings.crawler().cluster().shared(settings.scheduler().clustered()) ? stores.hostSlots() : HostSlots.LOCAL);
    this.compliance = ComplianceService.checks(crawler, stores, settings.laip(), settings.plan(), clock);
    this.crawls = CrawlService.start(db.pool(), crawler, scoring, clock, settings.pipeline(),
        settings.scheduler().threads(), settings.web().shutdownGraceSeconds(), telemetry.registry());
    WebhookTarget webhookTarget = webhookTarget(settings);
    this.webhooks = new WebhookDeliverer(stores.webhooks(), webhookTarget,
        settings.loader().bind(WebhookConfig.SECTION, WebhookConfig.class), clock);
    this.runEvents = new RunEvents(stores.publications(), stores.events(),
        AlertsConfig.from(settings.loader()).detector(), settings.pipeline().profile(), webhooks::deliver);
    crawls.pipeline().afterPublishing(run -> runEvents.record(run.id()));
    this.maturity = new MaturityService(stores.maturity(), new EvidenceGatherer(stores.read(), stores.maturity(),
        stores.laip(), stores.plan(), compliance::plan, settings.pipeline().profile()), clock, MaturityModels.builtIn());
    this.evidenceProbe = ProberEvidence.of(vertx, crawler.prober());
    compliance.listenWith(new ComplianceEvents(stores.laip(), stores.plan(), stores.registry(), stores.events(), clock,
        webhooks::deliver));
    maturity.reportingTo(stores.events(), webhooks::deliver);
    ChecksConfig checks = ChecksConfig.from(settings.loader());
    this.digests = digests(settings, vertx, stores, clock);
    this.scheduling = new Scheduling(vertx, settings.scheduler(), db.dataSource(), stores.registry(), crawls.pipeline(),
        ComplianceService.jobs(compliance, stores, checks).andThen(maturity.job(checks.maturityCron()))
            .andThen(digests == null ? s -> { } : digests.jobs())
            .andThen(s -> orphanedRuns(s, settings, stores, clock)));
    this.registration = new Registration(stores.registry(), stores.subscriptions(), clock);
    this.housekeeping = new Housekeeping(new Retention(db.pool(), settings.retention()), stores.runs(), clock,
        settings.scheduler().clustered(), settings.scheduler().enabled() ? sources -> { } : compliance::checkArticle10);
    this.http = new HttpLauncher(vertx, new NodeRouter(stores, db, telemetry, scoring, crawls, scheduling,
        compliance, maturity, evidenceProbe, settings.pipeline().profile(), simulated, clock,
        new DigestApi(digests, stores.subscriptions(), stores.registry(), clock),
        new WebhookAdmin(stores.webhooks(), stores.tokens(), webhookTarget, clock)));
  }

  /**
   * Clustered, runs whose node died and that no job resumes are failed and crawled again (issue 18); a single node
   * fails its stale runs at start instead ({@link Housekeeping#abandonStaleRuns}) and drops the task if a former
   * cluster left it in the database.
   */
  private static void orphanedRuns(CrawlScheduler s, Settings settings, Stores stores, Clock clock) {
    if (settings.scheduler().clustered()) {
      OrphanedRuns.schedule(s, stores.runs(), clock, OrphanedRuns.EVERY_MINUTE);
    } else {
      s.tasks().remove(OrphanedRuns.ID);
    }
  }

  /** The digest and alert mailer when mail is enabled; null otherwise. */
  private static DigestService digests(Settings settings, Vertx vertx, Stores stores, Clock clock) {
    MailConfig mail = settings.mail();
    if (!mail.enabled()) {
      return null;
    }
    return new DigestService(mail, new SmtpMailer(vertx, mail), new Pacer(vertx, mail.perMinute()),
        stores.subscriptions(), stores.deliveries(),
        new DigestComposer(mail.base(), java.time.ZoneId.of(settings.scheduler().timeZone())), clock);
  }

  /** The digests and alerts by e-mail, when mail is enabled. */
  public java.util.Optional<DigestService> digests() {
    return java.util.Optional.ofNullable(digests);
  }

  /** Webhook targets go through the crawler's address guard, with the crawler's allowances. */
  private static WebhookTarget webhookTarget(Settings settings) {
    return new WebhookTarget(new AddressGuard(settings.crawler().allowPrivateAddresses(),
        settings.crawler().allowedAddressRanges(), HostResolver.SYSTEM));
  }

  /** Delivers stored events to the registered webhooks. */
  public WebhookDeliverer webhooks() {
    return webhooks;
  }

  /** Detects and stores the events of published runs. */
  public RunEvents runEvents() {
    return runEvents;
  }

  /** Starts the database (embedded or external) and wires every part. Blocking. */
  public static Observatory start(Settings settings, Clock clock, boolean simulated) {
    Telemetry telemetry = new Telemetry();
    Database db = StoreAccess.startDatabase(telemetry.vertx(), settings);
    try {
      Stores stores = Stores.over(db.pool());
      RuleSetFollowing scoring = RuleSetFollowing.start(new ActiveRuleSets(settings.rules()), stores.ruleSets(),
          telemetry.registry());
      return new Observatory(settings, telemetry, db, stores, scoring, clock, simulated);
    } catch (RuntimeException e) {
      db.close();
      Blocking.await(telemetry.vertx().close());
      throw e;
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  /** This node's meters (what {@code /metrics} exposes). */
  public io.micrometer.core.instrument.MeterRegistry meters() {
    return telemetry.registry();
  }

  /** The repositories, built once over the database's pool. */
  public Stores stores() {
    return stores;
  }

  /** The scorers and the rule sets they follow. */
  public RuleSetFollowing scoring() {
    return scoring;
  }

  public CrawlService crawls() {
    return crawls;
  }

  public Scheduling scheduling() {
    return scheduling;
  }

  public Registration registration() {
    return registration;
  }

  public Housekeeping housekeeping() {
    return housekeeping;
  }

  /** The Article 10 and action plan checks of this node. */
  public ComplianceChecks compliance() {
    return compliance;
  }

  /** The institutions' maturity: the shipped model over what this observatory stored. */
  public MaturityService maturity() {
    return maturity;
  }

  /** Probes an answer's evidence URL with the crawler's prober. */
  public EvidenceProbe evidenceProbe() {
    return evidenceProbe;
  }

  /** Serves the API, the page, the metrics and the health checks; the future gives the port bound. */
  public Future<Integer> serve(WebConfig web) {
    return http.serve(web);
  }

  /** What {@link #serve} mounted: the router and every operation on it; null before. */
  public RouteTable routes() {
    return http.routes();
  }

  /** Stops in reverse order, within {@code web.shutdownGraceSeconds} + a few seconds: see {@link Shutdown}. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      webhooks.close();
      new Shutdown(new Shutdown.Parts(telemetry, vertx, db, crawler, crawls, scheduling, housekeeping, http),
          graceSeconds).run();
    }
  }
}
