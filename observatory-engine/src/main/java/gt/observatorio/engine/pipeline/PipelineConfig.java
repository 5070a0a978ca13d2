package gt.observatorio.engine.pipeline;

/**
 * The {@code pipeline} section of the configuration (see {@code engine-defaults.yaml}).
 *
 * @param profile the profile whose weekly aggregates make the default ranking
 * @param batchSize datasets harvested per batch before probing, scoring and storing
 * @param probeCacheSize probe results kept in memory during a run, so a URL shared by many datasets
 *     is probed once per run
 * @param completionRetrySeconds how long a run that cannot be completed (database unreachable) keeps
 *     trying to record its failure before giving up (default 120)
 */
public record PipelineConfig(String profile, int batchSize, int probeCacheSize, int completionRetrySeconds) {
  public PipelineConfig {
    completionRetrySeconds = completionRetrySeconds <= 0 ? 120 : completionRetrySeconds;
    if (batchSize < 1) {
      throw new IllegalArgumentException("pipeline.batchSize must be at least 1, got " + batchSize);
    }
    probeCacheSize = Math.max(0, probeCacheSize);
  }

  public PipelineConfig(String profile, int batchSize, int probeCacheSize) {
    this(profile, batchSize, probeCacheSize, 0);
  }
}
