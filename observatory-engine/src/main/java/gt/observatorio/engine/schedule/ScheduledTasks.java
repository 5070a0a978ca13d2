package gt.observatorio.engine.schedule;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Cluster-wide periodic tasks on the crawl scheduler (job group {@code task}): each fire runs once,
 * on one node, never two at a time; a run cut short by a dead node is recovered; a fire missed while
 * no node ran runs once as soon as one can. Every node registers the same tasks at start (only the
 * trigger is stored in the database, the code is this node's).
 *
 * <pre>{@code
 * crawlScheduler.tasks().schedule("laip-art10", "0 0 5 ? * MON", () -> observatory.compliance().checkArticle10(sources));
 * }</pre>
 */
public final class ScheduledTasks {
  static final String GROUP = "task";

  private final Scheduler scheduler;
  private final TimeZone zone;
  private final Map<String, Runnable> runnables = new ConcurrentHashMap<>();

  ScheduledTasks(Scheduler scheduler, TimeZone zone) {
    this.scheduler = scheduler;
    this.zone = zone;
  }

  Map<String, Runnable> runnables() {
    return runnables;
  }

  /**
   * Schedules (or reschedules) a task on a Quartz cron in the scheduler's time zone.
   *
   * @param id the task's stable id (its Quartz job name in group {@code task})
   * @throws IllegalArgumentException if the cron is not a valid Quartz expression
   */
  public void schedule(String id, String cron, Runnable task) {
    CrawlScheduler.cronProblem(cron).ifPresent(p -> {
      throw new IllegalArgumentException("task " + id + ": " + p);
    });
    runnables.put(id, task);
    try {
      JobKey jobKey = JobKey.jobKey(id, GROUP);
      JobDetail job = JobBuilder.newJob(TaskJob.class).withIdentity(jobKey).storeDurably().requestRecovery()
          .withDescription("task " + id).build();
      TriggerKey triggerKey = TriggerKey.triggerKey(id, GROUP);
      Trigger existing = scheduler.getTrigger(triggerKey);
      if (existing instanceof CronTrigger ct && ct.getCronExpression().equals(cron)
          && ct.getTimeZone().getID().equals(zone.getID())) {
        scheduler.addJob(job, true);
        return;
      }
      Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
          .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
              .withMisfireHandlingInstructionFireAndProceed()).build();
      scheduler.scheduleJob(job, Set.of(trigger), true);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot schedule task " + id + ": " + e.getMessage(), e);
    }
  }

  /** Removes a task's schedule, if it has one. */
  public void remove(String id) {
    runnables.remove(id);
    try {
      scheduler.deleteJob(JobKey.jobKey(id, GROUP));
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot remove task " + id + ": " + e.getMessage(), e);
    }
  }

  /** Runs a scheduled task as soon as a worker is free (on any node of the cluster). */
  public void trigger(String id) {
    try {
      scheduler.triggerJob(JobKey.jobKey(id, GROUP));
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot trigger task " + id + ": " + e.getMessage(), e);
    }
  }

  /** The cron of a scheduled task and when it next runs, if it is scheduled. */
  public Optional<CronTrigger> cronTrigger(String id) {
    try {
      return scheduler.getTrigger(TriggerKey.triggerKey(id, GROUP)) instanceof CronTrigger ct
          ? Optional.of(ct) : Optional.empty();
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
