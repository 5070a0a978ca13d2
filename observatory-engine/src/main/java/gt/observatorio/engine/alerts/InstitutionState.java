package gt.observatorio.engine.alerts;

import java.util.Map;
import java.util.Set;

/** What one publication says about one institution, reduced to the values events are computed from. */
public record InstitutionState(String code, double overall, Map<String, Double> dimensions, int rank,
    Set<String> datasets, Set<String> brokenLinks, Set<String> overdueDatasets) {

  public InstitutionState {
    dimensions = Map.copyOf(dimensions);
    datasets = Set.copyOf(datasets);
    brokenLinks = Set.copyOf(brokenLinks);
    overdueDatasets = Set.copyOf(overdueDatasets);
  }
}
