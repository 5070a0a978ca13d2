package gt.observatorio.rules.builtin;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** A dataset-level field is declared: a non-blank text or a non-empty list. */
public abstract class FieldPresenceRule extends BaseRule {
  private final Function<Dataset, Object> field;
  private final Finding missing;

  protected FieldPresenceRule(String id, Dimension dimension, Text title, Text rationale, Text advice,
      String fieldName, Function<Dataset, Object> field) {
    super(id, dimension, title, rationale, advice);
    this.field = field;
    this.missing = finding(Severity.WARNING,
        Text.of("Falta " + fieldName + " en el conjunto de datos.", "The dataset has no " + fieldName + "."),
        Paths.observed(fieldName, null), "un valor / a value",
        Paths.dataset(fieldName));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    return present(field.apply(snapshot.dataset())) ? pass(params) : failFixed(params, missing);
  }

  static boolean present(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof String s) {
      return !s.isBlank();
    }
    if (v instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        Object o = l.get(i);
        if (o != null && !o.toString().isBlank()) {
          return true;
        }
      }
      return false;
    }
    if (v instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null && !o.toString().isBlank()) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
