package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Institution;

/** An institution's change of overall score (0-100) and rank between two weeks. */
public record Mover(Institution institution, double fromOverall, double toOverall, int fromRank, int toRank) {
  /** Points gained (positive) or lost (negative). */
  public double delta() {
    return toOverall - fromOverall;
  }
}
