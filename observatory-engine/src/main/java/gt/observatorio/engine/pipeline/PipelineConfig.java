package gt.observatorio.engine.pipeline;

/**
 * The {@code pipeline} section of the configuration (see {@code engine-defaults.yaml}).
 *
 * @param profile the profile whose weekly aggregates make the default ranking
 * @param batchSize datasets harvested per batch before probing, scoring and storing
 * @param probeCacheSize probe results kept in memory during a run, so a URL shared by many datasets
 *     is probed once per run
 */
public record PipelineConfig(String profile, int batchSize, int probeCacheSize) {
  public PipelineConfig {
    if (batchSize < 1) {
      throw new IllegalArgumentException("pipeline.batchSize must be at least 1, got " + batchSize);
    }
    probeCacheSize = Math.max(0, probeCacheSize);
  }
}
