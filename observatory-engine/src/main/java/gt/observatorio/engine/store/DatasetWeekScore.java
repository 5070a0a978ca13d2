package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.IsoWeek;
import java.util.Map;

/** A dataset's published score in one week: percent (0-100), per dimension, findings and rating. */
public record DatasetWeekScore(IsoWeek week, double percent, Map<Dimension, Double> dimensions, int findings,
    String rating) {
  public DatasetWeekScore {
    dimensions = Map.copyOf(dimensions);
  }
}
