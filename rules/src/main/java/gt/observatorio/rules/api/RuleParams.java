package gt.observatorio.rules.api;

import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A rule's parameter values, resolved once when the rule set is loaded: the rule set's values over
 * the rule's declared defaults. Reading one is a map look-up.
 */
public final class RuleParams {
  private final Map<String, Object> values;
  private final double weight;
  private volatile RuleOutcome pass;
  private volatile Object[] fixed = new Object[0];
  private volatile Object bound;

  private RuleParams(Map<String, Object> values, double weight) {
    this.values = values;
    this.weight = weight;
  }

  /** The declared defaults of a rule. */
  public static RuleParams defaults(Rule rule) {
    return of(rule, Map.of());
  }

  /**
   * The defaults overlaid with {@code overrides}, which must already have the declared types
   * (the loader checks them and reports mistakes).
   */
  public static RuleParams of(Rule rule, Map<String, Object> overrides) {
    return of(rule, overrides, 1);
  }

  /** As {@link #of(Rule, Map)}, for a rule the rule set gives {@code weight} points. */
  public static RuleParams of(Rule rule, Map<String, Object> overrides, double weight) {
    Map<String, Object> out = new HashMap<>();
    for (ParamSpec p : rule.parameters()) {
      out.put(p.name(), overrides.getOrDefault(p.name(), p.defaultValue()));
    }
    for (String k : overrides.keySet()) {
      if (!out.containsKey(k)) {
        throw new IllegalArgumentException("rule " + rule.id() + " has no parameter '" + k + "'");
      }
    }
    return new RuleParams(Map.copyOf(out), weight);
  }

  /** The points the rule set gives the rule: a rule's outcome is scaled to it. */
  public double weight() {
    return weight;
  }

  /** The full-points outcome of {@code rule} under this weight, built once. */
  public RuleOutcome passOutcome(Rule rule) {
    RuleOutcome p = pass;
    if (p == null) {
      p = new RuleOutcome(rule.id(), rule.dimension().id(), weight, weight, true, List.of());
      pass = p;
    }
    return p;
  }

  /**
   * The no-points outcome of {@code rule} with one finding that never changes (built once when
   * the rule keeps the finding in a field); {@code measured} false for "could not be measured".
   */
  public RuleOutcome fixedOutcome(Rule rule, Finding finding, boolean measured) {
    Object[] a = fixed;
    for (int k = 0; k < a.length; k += 2) {
      if (a[k] == finding && ((RuleOutcome) a[k + 1]).measured() == measured) {
        return (RuleOutcome) a[k + 1];
      }
    }
    RuleOutcome o = new RuleOutcome(rule.id(), rule.dimension().id(), 0, weight, measured, List.of(finding));
    if (a.length < 16) {
      Object[] b = Arrays.copyOf(a, a.length + 2);
      b[a.length] = finding;
      b[a.length + 1] = o;
      fixed = b;
    }
    return o;
  }

  /**
   * The rule's parameters bound to its own form (e.g. a record of typed values and texts built
   * from them), built once by {@code binder} and kept: evaluation then reads fields, not a map.
   * A rule uses one binder for its parameters.
   */
  @SuppressWarnings("unchecked")
  public <T> T bound(Function<RuleParams, T> binder) {
    Object b = bound;
    if (b == null) {
      b = binder.apply(this);
      bound = b;
    }
    return (T) b;
  }

  public int integer(String name) {
    return ((Number) get(name)).intValue();
  }

  public double decimal(String name) {
    return ((Number) get(name)).doubleValue();
  }

  public boolean bool(String name) {
    return (Boolean) get(name);
  }

  public String string(String name) {
    return (String) get(name);
  }

  @SuppressWarnings("unchecked")
  public List<String> stringList(String name) {
    return (List<String>) get(name);
  }

  /** All values by name, e.g. to document or hash them. */
  public Map<String, Object> asMap() {
    return values;
  }

  private Object get(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("undeclared parameter '" + name + "'");
    }
    return v;
  }
}
