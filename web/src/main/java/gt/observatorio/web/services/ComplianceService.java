package gt.observatorio.web.services;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.compliance.Article10Checks;
import gt.observatorio.engine.compliance.ChecksConfig;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.compliance.ComplianceJobs;
import gt.observatorio.engine.compliance.PlanEvidenceChecks;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.Stores;
import gt.observatorio.web.plan.ActionPlanLoader;
import gt.observatorio.web.plan.HttpEvidenceChecker;
import gt.observatorio.web.plan.PlanConfig;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Wires the engine's compliance checks to their adapters: the crawler's Article 10 checker, the web
 * evidence checker (with the OC4IDS schema when configured) and the shipped action plan overlaid with the user
 * plan file (plan.file, read and validated here, at start); and their
 * Quartz tasks over the registered sources.
 */
public final class ComplianceService {
  private ComplianceService() {}

  /** The node's Article 10 and action plan checks, storing into the stores. */
  public static ComplianceChecks checks(Crawler crawler, Stores stores, LaipConfig laip, PlanConfig plan, Clock clock) {
    return new ComplianceChecks(
        new Article10Checks(new LaipChecker(crawler.context(), crawler.prober(), laip), stores.laip()),
        new PlanEvidenceChecks(new HttpEvidenceChecker(crawler.context(), crawler.prober(), plan.schema()),
            stores.plan(), clock),
        ActionPlanLoader.load(plan.file()));
  }

  /** Schedules the checks on a scheduler, on the crons of {@code checks} (the Article 10 ones over every source). */
  public static Consumer<CrawlScheduler> jobs(ComplianceChecks checks, Stores stores, ChecksConfig config) {
    return scheduler -> ComplianceJobs.schedule(scheduler, config, checks,
        () -> Blocking.await(stores.registry().sources()));
  }
}
