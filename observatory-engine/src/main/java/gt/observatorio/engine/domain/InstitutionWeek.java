package gt.observatorio.engine.domain;

import java.util.Map;

/**
 * An institution's aggregate for one ISO week under one profile: overall score 0-100, the mean of each
 * dimension keyed by the profile's dimension id (on that dimension's scale), and rank.
 */
public record InstitutionWeek(
    String institutionCode,
    IsoWeek week,
    String profile,
    double overall,
    Map<String, Double> dimensions,
    int datasets,
    int distributions,
    int findings,
    int rank) {

  public InstitutionWeek {
    dimensions = Map.copyOf(dimensions);
  }
}
