package gt.observatorio.rules.api;

import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The rules found on the class path through {@code META-INF/services}, by id. */
public final class RuleRegistry {
  private static volatile Map<String, Rule> builtIn;

  private RuleRegistry() {}

  /** Every registered rule by id; fails if two rules share an id. */
  public static Map<String, Rule> all() {
    Map<String, Rule> r = builtIn;
    if (r == null) {
      r = load(RuleRegistry.class.getClassLoader());
      builtIn = r;
    }
    return r;
  }

  /** Loads the rules visible to a class loader. */
  public static Map<String, Rule> load(ClassLoader loader) {
    Map<String, Rule> out = new TreeMap<>();
    for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
      Rule previous = out.put(rule.id(), rule);
      if (previous != null) {
        throw new IllegalStateException("two rules share the id '" + rule.id() + "': "
            + previous.getClass().getName() + " and " + rule.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
