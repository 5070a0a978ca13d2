package gt.observatorio.engine.maturity;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The automatic criteria registered on the class path, by id. */
public final class AutomaticCriteria {
  private static volatile Map<String, AutomaticCriterion> all;

  private AutomaticCriteria() {}

  public static Map<String, AutomaticCriterion> all() {
    Map<String, AutomaticCriterion> m = all;
    if (m == null) {
      Map<String, AutomaticCriterion> found = new TreeMap<>();
      for (AutomaticCriterion c : ServiceLoader.load(AutomaticCriterion.class, AutomaticCriteria.class.getClassLoader())) {
        if (found.putIfAbsent(c.id(), c) != null) {
          throw new IllegalStateException("two automatic criteria share the id " + c.id());
        }
      }
      m = java.util.Collections.unmodifiableMap(found);
      all = m;
    }
    return m;
  }
}
