package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import java.util.Map;

/** The mean over institutions of one week's aggregates: overall (0-100) and per dimension id (on its scale). */
public record WeekAverage(IsoWeek week, double overall, Map<String, Double> dimensions, int institutions,
    int datasets) {
  public WeekAverage {
    dimensions = Map.copyOf(dimensions);
  }
}
