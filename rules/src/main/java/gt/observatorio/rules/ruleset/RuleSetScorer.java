package gt.observatorio.rules.ruleset;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Each dimension of the card is keyed by the rule set's dimension id and read on its scale
 * ({@code max × points / measurable points}); dimensions with nothing measured are left out of the card.
 * A rule's outcome and findings name the dimension the rule set assigns it. The rating band is read on the
 * score scaled to the rule set's full scale, so unmeasured rules do not push a dataset down.
 */
public final class RuleSetScorer implements Scorer {
  private final RuleSetDefinition definition;
  private final Rule[] rules;
  private final RuleParams[] params;
  private final double[] weights;
  private final int[] dimOf;
  private final String[] dimIds;
  private final double[] dimWeights;
  private final double[] dimMax;

  public RuleSetScorer(RuleSetDefinition definition) {
    this.definition = definition;
    List<RuleEntry> entries = definition.rules();
    List<DimensionSpec> dims = definition.dimensions();
    rules = entries.stream().map(RuleEntry::rule).toArray(Rule[]::new);
    params = entries.stream().map(RuleEntry::params).toArray(RuleParams[]::new);
    weights = entries.stream().mapToDouble(RuleEntry::weight).toArray();
    dimIds = dims.stream().map(DimensionSpec::id).toArray(String[]::new);
    dimWeights = dims.stream().mapToDouble(DimensionSpec::weight).toArray();
    dimMax = dims.stream().mapToDouble(d -> d.scale().max()).toArray();
    List<String> ids = List.of(dimIds);
    dimOf = entries.stream().mapToInt(e -> ids.indexOf(e.dimension())).toArray();
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
    return score(snapshot, List.of());
  }

  /** Scores with accepted contests: a waived rule counts as met, its findings kept in the outcome's waiver. */
  @Override
  public ScoreCard score(DatasetSnapshot snapshot, List<Waiver> waivers) {
    RuleOutcome[] outcomes = new RuleOutcome[rules.length];
    int n = dimIds.length;
    double[] got = new double[n];
    double[] max = new double[n];
    for (int i = 0; i < rules.length; i++) {
      RuleOutcome o = scale(rules[i].evaluate(snapshot, params[i]), weights[i], rules[i], dimIds[dimOf[i]]);
      for (Waiver w : waivers) {
        if (w.ruleId().equals(rules[i].id())) {
          o = o.waive(w);
        }
      }
      outcomes[i] = o;
      if (o.measured()) {
        got[dimOf[i]] += o.points();
        max[dimOf[i]] += o.maxPoints();
      }
    }
    Map<String, Double> values = new HashMap<>(n * 2);
    double points = 0;
    double measurable = 0;
    double weighted = 0;
    double weightSum = 0;
    for (int d = 0; d < n; d++) {
      points += got[d];
      measurable += max[d];
      if (max[d] > 0) {
        double share = got[d] / max[d];
        values.put(dimIds[d], dimMax[d] * share);
        weighted += dimWeights[d] * 100.0 * share;
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
    return new ScoreCard(definition.info(), score, maxScore, values, List.of(outcomes), rating(score, maxScore));
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

  /**
   * Outcomes of rules built on BaseRule come scaled already; others are scaled here. An outcome (and its
   * findings) is rebuilt to name the dimension the rule set assigns when it differs from the rule's own.
   */
  private static RuleOutcome scale(RuleOutcome o, double weight, Rule rule, String dimension) {
    boolean sameDimension = dimension.equals(o.dimension());
    if (sameDimension && o.maxPoints() == weight && (!o.measured() || (o.points() >= 0 && o.points() <= weight))) {
      return o;
    }
    List<Finding> findings = sameDimension ? o.findings() : reassigned(o.findings(), dimension);
    if (o.maxPoints() == weight && (!o.measured() || (o.points() >= 0 && o.points() <= weight))) {
      return new RuleOutcome(rule.id(), dimension, o.points(), weight, o.measured(), findings);
    }
    if (!o.measured()) {
      return new RuleOutcome(rule.id(), dimension, 0, weight, false, findings);
    }
    double p = o.maxPoints() <= 0 ? 0 : Math.max(0, Math.min(o.points(), o.maxPoints())) / o.maxPoints();
    return new RuleOutcome(rule.id(), dimension, p * weight, weight, true, findings);
  }

  private static List<Finding> reassigned(List<Finding> findings, String dimension) {
    if (findings.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(new Finding(f.ruleId(), dimension, f.severity(), f.message(), f.observed(), f.expected(),
          f.evidence(), f.advice(), f.ref()));
    }
    return out;
  }
}
