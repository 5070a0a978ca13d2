package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import java.time.Instant;
import java.util.Map;

/**
 * A dataset's published score in one week (from the latest published run of that week).
 *
 * @param versionId the stored version of the metadata scored; it changes when the catalog changed
 * @param rating the profile's rating band, when it has one (mqa)
 */
public record DatasetPoint(IsoWeek week, Instant scoredAt, double percent, Map<String, Double> dimensions,
    int findings, long versionId, String rating) {
  public DatasetPoint {
    dimensions = Map.copyOf(dimensions);
  }
}
