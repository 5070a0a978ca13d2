package gt.observatorio.engine.port;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;

/** Scores dataset snapshots under one versioned rule set. Pure: no I/O, thread-safe. */
public interface Scorer {
  /** The rule set's id, profile, version and content hash, recorded with every score. */
  RuleSetInfo ruleSet();

  ScoreCard score(DatasetSnapshot snapshot);
}
