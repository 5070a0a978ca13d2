package gt.observatorio.engine.schedule;

import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of a cluster-wide periodic task (e.g. the monthly Article 10 checks): it runs the
 * task this node registered under the job's name. One run at a time across the cluster; a run cut
 * short by a dead node is run again by another.
 */
@DisallowConcurrentExecution
final class TaskJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(TaskJob.class);

  private final Map<String, Runnable> tasks;

  TaskJob(Map<String, Runnable> tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(JobExecutionContext ctx) throws JobExecutionException {
    String id = ctx.getJobDetail().getKey().getName();
    Runnable task = tasks.get(id);
    if (task == null) {
      LOG.warn("task {} is scheduled but not registered on this node; skipped", id);
      return;
    }
    if (ctx.isRecovering()) {
      LOG.info("recovering task {}", id);
    }
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("task {} failed", id, e);
      throw new JobExecutionException(e, false);
    }
  }
}
