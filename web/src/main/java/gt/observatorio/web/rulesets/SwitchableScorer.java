package gt.observatorio.web.rulesets;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import java.util.Objects;

/**
 * A profile's scorer whose rule set can be swapped at run time (admin API). Every score card names
 * the rule set that computed it, so a swap never mislabels a score; crawl runs take
 * {@link ActiveRuleSets#pinned()} at their start instead, so that a run is scored with one rule set.
 */
public final class SwitchableScorer implements Scorer {
  private volatile Scorer delegate;

  public SwitchableScorer(Scorer initial) {
    this.delegate = Objects.requireNonNull(initial);
  }

  /** Scores with this scorer from now on; it must be of the same profile. */
  public void use(Scorer next) {
    if (!next.ruleSet().profile().equals(delegate.ruleSet().profile())) {
      throw new IllegalArgumentException("profile " + next.ruleSet().profile() + " is not "
          + delegate.ruleSet().profile());
    }
    delegate = next;
  }

  /** The scorer in use now (it does not change afterwards). */
  public Scorer current() {
    return delegate;
  }

  @Override
  public RuleSetInfo ruleSet() {
    return delegate.ruleSet();
  }

  @Override
  public ScoreCard score(DatasetSnapshot snapshot) {
    return delegate.score(snapshot);
  }

  @Override
  public ScoreCard score(DatasetSnapshot snapshot, java.util.List<gt.observatorio.engine.domain.Waiver> waivers) {
    return delegate.score(snapshot, waivers);
  }
}
