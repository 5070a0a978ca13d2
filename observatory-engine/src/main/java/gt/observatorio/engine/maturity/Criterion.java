package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Map;

/**
 * One criterion of the model: reaching {@code level} in {@code dimension} needs it met (and every
 * criterion of the lower levels of that dimension).
 *
 * @param check for an automatic criterion, the id of the {@link AutomaticCriterion} that decides it
 * @param params the check's parameters as the model sets them (defaults filled in)
 * @param title what it checks
 * @param rationale why it matters
 * @param question for an answered criterion, what the institution is asked; null otherwise
 * @param validityMonths for an answered criterion, how long an accepted answer counts
 */
public record Criterion(String id, String dimension, int level, CriterionKind kind, String check,
    Map<String, Double> params, Text title, Text rationale, Text question, List<String> sources,
    int validityMonths) {

  public Criterion {
    params = params == null ? Map.of() : Map.copyOf(params);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** A parameter's value; the loader has filled in every declared default. */
  public double param(String name) {
    Double v = params.get(name);
    if (v == null) {
      throw new IllegalStateException("criterion " + id + " has no parameter " + name);
    }
    return v;
  }
}
