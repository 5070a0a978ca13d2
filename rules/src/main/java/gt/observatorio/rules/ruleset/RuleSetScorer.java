package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;
import java.util.List;
import java.util.Map;

/**
 * Scores snapshots with a rule set. Each rule's points are scaled to the weight the rule set
 * gives it; rules that could not be measured count neither for nor against.
 *
 * <ul>
 *   <li>{@code dimensions}: each dimension scores 100 × points / measurable points of its rules;
 *       the score is the mean of the measured dimensions weighted by the rule set, out of 100.
 *   <li>{@code points}: the score is the sum of points, out of the measurable points.
 * </ul>
 * Dimensions with nothing measured are left out of the card. The rating band is read on the
 * score scaled to the rule set's full scale, so unmeasured rules do not push a dataset down.
 */
public final class RuleSetScorer implements Scorer {
  private static final Dimension[] DIMS = Dimension.values();
  private static final Double HUNDRED = 100.0;
  private static final Double ZERO = 0.0;
  private final RuleSetDefinition definition;
  private final Rule[] rules;
  private final RuleParams[] params;
  private final double[] weights;
  private final double[] dimWeights = new double[DIMS.length];

  public RuleSetScorer(RuleSetDefinition definition) {
    this.definition = definition;
    List<RuleEntry> entries = definition.rules();
    rules = entries.stream().map(RuleEntry::rule).toArray(Rule[]::new);
    params = entries.stream().map(RuleEntry::params).toArray(RuleParams[]::new);
    weights = entries.stream().mapToDouble(RuleEntry::weight).toArray();
    definition.dimensionWeights().forEach((d, w) -> dimWeights[d.ordinal()] = w);
  }

  @Override
  public RuleSetInfo ruleSet() {
    return definition.info();
  }

  public RuleSetDefinition definition() {
    return definition;
  }

  @Override
  public ScoreCard score(DatasetSnapshot snapshot) {
    RuleOutcome[] outcomes = new RuleOutcome[rules.length];
    double[] got = new double[DIMS.length];
    double[] max = new double[DIMS.length];
    for (int i = 0; i < rules.length; i++) {
      RuleOutcome o = scale(rules[i].evaluate(snapshot, params[i]), weights[i], rules[i]);
      outcomes[i] = o;
      if (o.measured()) {
        int d = o.dimension().ordinal();
        got[d] += o.points();
        max[d] += o.maxPoints();
      }
    }
    Dimension[] keys = new Dimension[DIMS.length];
    Double[] values = new Double[DIMS.length];
    int nd = 0;
    double points = 0;
    double measurable = 0;
    double weighted = 0;
    double weightSum = 0;
    for (int d = 0; d < DIMS.length; d++) {
      points += got[d];
      measurable += max[d];
      if (max[d] > 0) {
        double pct = 100.0 * got[d] / max[d];
        keys[nd] = DIMS[d];
        values[nd++] = boxed(pct);
        weighted += dimWeights[d] * pct;
        weightSum += dimWeights[d];
      }
    }
    double score;
    double maxScore;
    if (definition.method() == ScoringMethod.DIMENSIONS) {
      score = weightSum > 0 ? weighted / weightSum : 0;
      maxScore = weightSum > 0 ? 100 : 0;
    } else {
      score = points;
      maxScore = measurable;
    }
    return new ScoreCard(definition.info(), score, maxScore, immutableMap(keys, values, nd), List.of(outcomes),
        rating(score, maxScore));
  }

  /** A per-dimension score as an object: the common 0 and 100 are shared. */
  private static Double boxed(double pct) {
    return pct == 100.0 ? HUNDRED : pct == 0.0 ? ZERO : Double.valueOf(pct);
  }

  /** An immutable map (which ScoreCard keeps without copying) of the first {@code n} keys and values. */
  private static Map<Dimension, Double> immutableMap(Dimension[] k, Double[] v, int n) {
    return switch (n) {
      case 0 -> Map.of();
      case 1 -> Map.of(k[0], v[0]);
      case 2 -> Map.of(k[0], v[0], k[1], v[1]);
      case 3 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2]);
      case 4 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3]);
      case 5 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3], k[4], v[4]);
      default -> {
        Map<Dimension, Double> m = new java.util.EnumMap<>(Dimension.class);
        for (int i = 0; i < n; i++) {
          m.put(k[i], v[i]);
        }
        yield Map.copyOf(m);
      }
    };
  }

  private String rating(double score, double maxScore) {
    List<RatingBand> bands = definition.rating();
    if (bands.isEmpty() || maxScore <= 0) {
      return null;
    }
    double onScale = score * definition.fullScale() / maxScore;
    String id = bands.get(0).id();
    for (RatingBand b : bands) {
      if (onScale + 1e-9 >= b.min()) {
        id = b.id();
      }
    }
    return id;
  }

  /** Outcomes of rules built on BaseRule come scaled already; others are scaled here. */
  private static RuleOutcome scale(RuleOutcome o, double weight, Rule rule) {
    if (o.maxPoints() == weight && (!o.measured() || (o.points() >= 0 && o.points() <= weight))) {
      return o;
    }
    if (!o.measured()) {
      return new RuleOutcome(rule.id(), rule.dimension(), 0, weight, false, o.findings());
    }
    double p = o.maxPoints() <= 0 ? 0 : Math.max(0, Math.min(o.points(), o.maxPoints())) / o.maxPoints();
    return new RuleOutcome(rule.id(), rule.dimension(), p * weight, weight, true, o.findings());
  }
}
