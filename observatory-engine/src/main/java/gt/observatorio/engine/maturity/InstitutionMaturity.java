package gt.observatorio.engine.maturity;

import java.util.List;

/**
 * An institution's maturity in one quarter under one model version.
 *
 * @param level the overall level: the mean of the dimension levels, rounded down
 * @param metPercent share of the criteria met, 0-100 (orders institutions within a level)
 */
public record InstitutionMaturity(String institution, Quarter quarter, String modelId, String modelVersion,
    String modelHash, int level, double metPercent, List<DimensionResult> dimensions,
    List<CriterionResult> criteria, List<KeyDatasetMatch> keyDatasets) {

  public InstitutionMaturity {
    dimensions = List.copyOf(dimensions);
    criteria = List.copyOf(criteria);
    keyDatasets = List.copyOf(keyDatasets);
  }
}
