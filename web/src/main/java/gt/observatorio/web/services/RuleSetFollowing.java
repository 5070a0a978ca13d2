package gt.observatorio.web.services;

import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.RuleSetRepository;
import gt.observatorio.web.ops.MeteredScorer;
import gt.observatorio.web.rulesets.ActiveRuleSets;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule-set following: the rule sets active in the database (an activation on another node included)
 * become this node's, at start and at the start of every crawl run. Blocking; never on a Vert.x thread.
 */
public final class RuleSetFollowing {
  private static final Logger LOG = LoggerFactory.getLogger(RuleSetFollowing.class);

  private final ActiveRuleSets ruleSets;
  private final RuleSetRepository stored;
  private final MeterRegistry meters;
  private final Map<Scorer, Scorer> metered = new ConcurrentHashMap<>();
  private final List<Scorer> scorers;

  private RuleSetFollowing(ActiveRuleSets ruleSets, RuleSetRepository stored, MeterRegistry meters) {
    this.ruleSets = ruleSets;
    this.stored = stored;
    this.meters = meters;
    this.scorers = ruleSets.scorers().stream().map(s -> (Scorer) new MeteredScorer(s, meters)).toList();
  }

  /** Loads the shipped rule sets and makes the versions active in the database replace them. */
  public static RuleSetFollowing start(ActiveRuleSets ruleSets, RuleSetRepository stored, MeterRegistry meters) {
    ruleSets.useAll(Blocking.await(stored.active()));
    return new RuleSetFollowing(ruleSets, stored, meters);
  }

  /** The rule set each profile scores with (shipped or stored through the admin API), swappable at run time. */
  public ActiveRuleSets ruleSets() {
    return ruleSets;
  }

  /** The scorers, one per profile (switchable and metered), the default profile first. */
  public List<Scorer> scorers() {
    return scorers;
  }

  /**
   * The scorers of a crawl run about to start: the rule sets active in the database now, pinned and
   * metered. When the database cannot be read, the rule sets this node last knew.
   */
  public List<Scorer> forRun() {
    try {
      ruleSets.follow(Blocking.await(stored.active()));
    } catch (RuntimeException e) {
      LOG.warn("reglas activas no leídas / active rule sets not read: {}", e.toString());
    }
    return ruleSets.pinned().stream().map(s -> metered.computeIfAbsent(s, x -> new MeteredScorer(x, meters))).toList();
  }
}
