package gt.observatorio.engine.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pure detection of events between the previous and the new state of one institution: no I/O.
 *
 * @param scoreThreshold points an overall or dimension score must move by (strictly more) to be an event
 * @param catalogDropRatio share of datasets lost at once (e.g. 0.3) that makes a sharp catalog drop
 */
public record EventDetector(double scoreThreshold, double catalogDropRatio) {

  /**
   * The events of a publication. {@code before} is null when the institution had never been measured: the one
   * event is then its first measurement (nothing can have moved).
   */
  public List<Event> detect(String runId, Instant at, InstitutionState before, InstitutionState after) {
    String code = after.code();
    String page = Links.institution(code);
    if (before == null) {
      return List.of(Event.of(runId, at, code, EventKind.FIRST_MEASURED, "first", Map.of("puntaje",
          fmt(after.overall()), "posicion", Integer.toString(after.rank()), "conjuntos",
          Integer.toString(after.datasets().size())), page));
    }
    List<Event> out = new ArrayList<>();
    if (Math.abs(after.overall() - before.overall()) > scoreThreshold) {
      out.add(Event.of(runId, at, code, EventKind.SCORE_MOVED, "overall",
          Map.of("antes", fmt(before.overall()), "despues", fmt(after.overall())), page));
    }
    for (String dim : new TreeSet<>(after.dimensions().keySet())) {
      Double was = before.dimensions().get(dim);
      double now = after.dimensions().get(dim);
      if (was != null && Math.abs(now - was) > scoreThreshold) {
        out.add(Event.of(runId, at, code, EventKind.DIMENSION_MOVED, dim,
            Map.of("dimension", dim, "antes", fmt(was), "despues", fmt(now)), page));
      }
    }
    if (before.rank() != after.rank()) {
      out.add(Event.of(runId, at, code, EventKind.RANK_CHANGED, "rank",
          Map.of("antes", Integer.toString(before.rank()), "despues", Integer.toString(after.rank())), page));
    }
    added(before.brokenLinks(), after.brokenLinks()).forEach(url -> out.add(Event.of(runId, at, code,
        EventKind.LINK_BROKEN, url, Map.of("url", url), page)));
    added(after.brokenLinks(), before.brokenLinks()).forEach(url -> out.add(Event.of(runId, at, code,
        EventKind.LINK_REPAIRED, url, Map.of("url", url), page)));
    added(before.overdueDatasets(), after.overdueDatasets()).forEach(ds -> out.add(Event.of(runId, at, code,
        EventKind.DATASET_OVERDUE, ds, Map.of("dataset", after.name(ds)), Links.dataset(ds))));
    Set<String> gone = added(after.datasets(), before.datasets());
    gone.forEach(ds -> out.add(Event.of(runId, at, code, EventKind.DATASET_DISAPPEARED, ds,
        Map.of("dataset", before.name(ds)), page)));
    int was = before.datasets().size();
    if (was > 0 && (was - after.datasets().size()) >= catalogDropRatio * was && after.datasets().size() < was) {
      out.add(Event.of(runId, at, code, EventKind.CATALOG_DROPPED, "catalog",
          Map.of("antes", Integer.toString(was), "despues", Integer.toString(after.datasets().size())), page));
    }
    return List.copyOf(out);
  }

  /** Elements of {@code now} not in {@code was}, sorted so the event order is stable. */
  static Set<String> added(Set<String> was, Set<String> now) {
    Set<String> out = new TreeSet<>(now);
    out.removeAll(was);
    return out;
  }

  static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
