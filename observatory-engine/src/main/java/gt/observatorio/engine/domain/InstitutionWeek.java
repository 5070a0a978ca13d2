package gt.observatorio.engine.domain;

import java.util.Map;

/** An institution's aggregate for one ISO week under one profile: scores 0-100 and rank. */
public record InstitutionWeek(
    String institutionCode,
    IsoWeek week,
    String profile,
    double overall,
    Map<Dimension, Double> dimensions,
    int datasets,
    int distributions,
    int findings,
    int rank) {

  public InstitutionWeek {
    dimensions = Map.copyOf(dimensions);
  }
}
