package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.IsoWeek;
import java.util.Map;

/** The mean over institutions of one week's aggregates: overall and per dimension (0-100). */
public record WeekAverage(IsoWeek week, double overall, Map<Dimension, Double> dimensions, int institutions,
    int datasets) {
  public WeekAverage {
    dimensions = Map.copyOf(dimensions);
  }
}
