package gt.observatorio.web.laip;

import gt.observatorio.engine.schedule.CrawlScheduler;

/**
 * The Article 10 and action plan checks as Quartz tasks next to the crawls: clustered, each fire runs
 * once in the cluster, never two at a time, recovered if its node dies.
 */
public final class LaipJobs {
  /** Task id of the Article 10 checks. */
  public static final String ART10 = "laip-art10";
  /** Task id of the action plan's evidence checks. */
  public static final String PLAN_EVIDENCE = "plan-evidence";

  private LaipJobs() {}

  /** Schedules both tasks on their crons; a blank cron removes the task's schedule. */
  public static void schedule(CrawlScheduler scheduler, ChecksConfig config, Runnable art10, Runnable planEvidence) {
    schedule(scheduler, ART10, config.art10Cron(), art10);
    schedule(scheduler, PLAN_EVIDENCE, config.planEvidenceCron(), planEvidence);
  }

  private static void schedule(CrawlScheduler scheduler, String id, String cron, Runnable task) {
    if (cron == null || cron.isBlank()) {
      scheduler.tasks().remove(id);
    } else {
      scheduler.tasks().schedule(id, cron, task);
    }
  }
}
