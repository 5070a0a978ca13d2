package gt.observatorio.engine.alerts;

import java.util.Map;
import java.util.Set;

/**
 * What one publication says about one institution, reduced to the values events are computed from.
 *
 * @param datasets the keys of its datasets (the observatory's dataset ids, so that an event links to the dataset's page)
 * @param names a readable name (title or identifier) of some dataset keys, for the evidence; may be empty
 */
public record InstitutionState(String code, double overall, Map<String, Double> dimensions, int rank,
    Set<String> datasets, Set<String> brokenLinks, Set<String> overdueDatasets, Map<String, String> names) {

  public InstitutionState {
    dimensions = Map.copyOf(dimensions);
    datasets = Set.copyOf(datasets);
    brokenLinks = Set.copyOf(brokenLinks);
    overdueDatasets = Set.copyOf(overdueDatasets);
    names = Map.copyOf(names);
  }

  public InstitutionState(String code, double overall, Map<String, Double> dimensions, int rank,
      Set<String> datasets, Set<String> brokenLinks, Set<String> overdueDatasets) {
    this(code, overall, dimensions, rank, datasets, brokenLinks, overdueDatasets, Map.of());
  }

  /** The name of a dataset key, the key itself when none is known. */
  public String name(String key) {
    return names.getOrDefault(key, key);
  }
}
