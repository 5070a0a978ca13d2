package gt.observatorio.web.registry;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.schedule.CronSpacing;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Checks that span entries: replacement lines without cycles, names that point at one institution,
 * crons no more frequent than the node allows.
 */
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

  /**
   * Each source's cron fires at most once per {@code minSeconds} (0: no minimum); the first that fires
   * more often is refused with its key and the reason in Spanish / English.
   */
  static void cronsSpaced(List<Source> sources, Fields f, TimeZone zone, long minSeconds) {
    for (int i = 0; i < sources.size(); i++) {
      Optional<String> why = CronSpacing.tooFrequent(sources.get(i).cron(), zone, minSeconds);
      if (why.isPresent()) {
        throw f.error("sources[" + i + "].cron", why.get()
            + " (scheduler.minCrawlIntervalSeconds = " + minSeconds + ")");
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
