package gt.observatorio.engine.port;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import java.util.List;

/** Scores dataset snapshots under one versioned rule set. Pure: no I/O, thread-safe. */
public interface Scorer {
  /** The rule set's id, profile, version and content hash, recorded with every score. */
  RuleSetInfo ruleSet();

  ScoreCard score(DatasetSnapshot snapshot);

  /**
   * Scores with accepted contests applied: a waived rule gets its points back and its findings are set aside in
   * the outcome's {@code waived}, so the change is explained. The caller passes only the waivers that hold for the
   * snapshot's content ({@link Waiver#holding}). A scorer that cannot apply waivers refuses them.
   */
  default ScoreCard score(DatasetSnapshot snapshot, List<Waiver> waivers) {
    if (waivers.isEmpty()) {
      return score(snapshot);
    }
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot apply waivers");
  }
}
