package gt.observatorio.engine.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an institution under a model. A dimension's level is the highest level whose criteria, and
 * those of every lower level of the dimension, are all met; the lowest level needs nothing. The overall
 * level is the mean of the dimension levels, rounded down. Pure: the same model and evidence always give
 * the same result.
 */
public final class MaturityEvaluator {
  private final Map<String, AutomaticCriterion> checks;

  public MaturityEvaluator(Map<String, AutomaticCriterion> checks) {
    this.checks = Map.copyOf(checks);
  }

  public InstitutionMaturity evaluate(MaturityModel model, InstitutionEvidence evidence, Quarter quarter) {
    List<KeyDatasetMatch> keys = KeyDatasetMatcher.match(model, evidence);
    CriterionInput input = new CriterionInput(evidence, keys);
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion c : model.criteria()) {
      CheckOutcome o = c.kind() == CriterionKind.ANSWERED ? AnswerJudge.judge(c, evidence.answers(), evidence.asOf())
          : check(c).evaluate(input, c);
      results.add(new CriterionResult(c.id(), c.dimension(), c.level(), c.kind(), o.status(), o.observed(),
          o.expected(), o.evidence()));
    }
    List<DimensionResult> dims = new ArrayList<>();
    int sum = 0;
    for (MaturityDimension d : model.dimensions()) {
      DimensionResult r = dimension(model, d.id(), results);
      dims.add(r);
      sum += r.level();
    }
    int overall = dims.isEmpty() ? model.lowestLevel() : sum / dims.size();
    long met = results.stream().filter(CriterionResult::met).count();
    double percent = results.isEmpty() ? 0 : Math.round(1000.0 * met / results.size()) / 10.0;
    return new InstitutionMaturity(evidence.institution().code(), quarter, model.id(), model.version(),
        model.contentHash(), overall, percent, dims, results, keys);
  }

  private AutomaticCriterion check(Criterion c) {
    AutomaticCriterion a = checks.get(c.check());
    if (a == null) {
      throw new IllegalArgumentException("criterion " + c.id() + ": unknown check '" + c.check() + "'");
    }
    return a;
  }

  private static DimensionResult dimension(MaturityModel model, String dim, List<CriterionResult> results) {
    List<CriterionResult> mine = results.stream().filter(r -> r.dimension().equals(dim)).toList();
    int level = model.lowestLevel();
    List<Integer> numbers = model.levels().stream().map(MaturityLevel::number).sorted().toList();
    for (int n : numbers) {
      if (n == model.lowestLevel()) {
        continue;
      }
      boolean all = mine.stream().filter(r -> r.level() == n).allMatch(CriterionResult::met);
      if (!all) {
        break;
      }
      level = n;
    }
    int met = (int) mine.stream().filter(CriterionResult::met).count();
    return new DimensionResult(dim, level, met, mine.size());
  }
}
