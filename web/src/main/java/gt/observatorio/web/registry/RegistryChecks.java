package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.PublisherMatcher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Checks that span institutions: replacement lines without cycles, names that point at one institution. */
final class RegistryChecks {
  private RegistryChecks() {}

  static void noCycles(List<Institution> institutions, Fields f) {
    Map<String, String> replaces = new HashMap<>();
    institutions.forEach(i -> {
      if (i.replaces() != null) {
        replaces.put(i.code(), i.replaces());
      }
    });
    for (int n = 0; n < institutions.size(); n++) {
      Set<String> seen = new HashSet<>();
      String c = institutions.get(n).code();
      while (c != null) {
        if (!seen.add(c)) {
          throw f.error("institutions[" + n + "].replaces.code", "replacements form a cycle through " + c);
        }
        c = replaces.get(c);
      }
    }
  }

  /** A name, acronym or alias shared by two institutions could attribute a dataset to either. */
  static void namesAreUnambiguous(List<Institution> institutions, Fields f) {
    Map<String, Set<String>> shared = new TreeMap<>(new PublisherMatcher(institutions).sharedKeys());
    if (!shared.isEmpty()) {
      Map.Entry<String, Set<String>> first = shared.entrySet().iterator().next();
      throw f.error("institutions", "the name or alias '" + first.getKey() + "' names more than one institution: "
          + String.join(", ", first.getValue()));
    }
  }
}
