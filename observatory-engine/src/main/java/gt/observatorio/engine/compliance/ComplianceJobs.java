package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.schedule.CrawlScheduler;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Article 10 and action plan checks as Quartz tasks next to the crawls: clustered, each fire runs
 * once in the cluster, never two at a time, recovered if its node dies.
 */
public final class ComplianceJobs {
  /** Task id of the Article 10 checks. */
  public static final String ART10 = "laip-art10";
  /** Task id of the action plan's evidence checks. */
  public static final String PLAN_EVIDENCE = "plan-evidence";

  private ComplianceJobs() {}

  /**
   * Schedules both tasks on their crons; a blank cron removes the task's schedule.
   *
   * @param sources the registered sources at each fire (the Article 10 checks take the {@code laip} ones)
   */
  public static void schedule(CrawlScheduler scheduler, ChecksConfig config, ComplianceChecks checks,
      Supplier<List<Source>> sources) {
    schedule(scheduler, ART10, config.art10Cron(), () -> checks.checkArticle10(sources.get()));
    schedule(scheduler, PLAN_EVIDENCE, config.planEvidenceCron(), checks::checkPlanEvidence);
  }

  private static void schedule(CrawlScheduler scheduler, String id, String cron, Runnable task) {
    if (cron == null || cron.isBlank()) {
      scheduler.tasks().remove(id);
    } else {
      scheduler.tasks().schedule(id, cron, task);
    }
  }
}
