package gt.observatorio.engine.schedule;

/**
 * The {@code scheduler} section of the configuration (see {@code engine-defaults.yaml}).
 *
 * @param instanceId this node's id in the cluster; {@code AUTO} derives one from the host name and time
 * @param misfireThresholdSeconds how late a trigger may fire before it counts as misfired
 * @param clusterCheckinSeconds how often a clustered node checks in; a node silent for longer is
 *     presumed dead and its running crawls are recovered by another node
 * @param minCrawlIntervalSeconds the shortest time allowed between two crawls of one source by its
 *     cron (0: no minimum)
 */
public record SchedulerConfig(
    boolean enabled,
    boolean clustered,
    int threads,
    String timeZone,
    String instanceId,
    int misfireThresholdSeconds,
    int clusterCheckinSeconds,
    long minCrawlIntervalSeconds) {

  public SchedulerConfig {
    threads = Math.max(1, threads);
    timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
    instanceId = instanceId == null || instanceId.isBlank() ? "AUTO" : instanceId;
    misfireThresholdSeconds = misfireThresholdSeconds <= 0 ? 60 : misfireThresholdSeconds;
    clusterCheckinSeconds = clusterCheckinSeconds <= 0 ? 15 : clusterCheckinSeconds;
    minCrawlIntervalSeconds = minCrawlIntervalSeconds < 0 ? 3600 : minCrawlIntervalSeconds;
  }
}
