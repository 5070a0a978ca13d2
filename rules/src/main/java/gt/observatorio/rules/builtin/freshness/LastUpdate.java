package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Dates;
import java.util.List;

/**
 * The latest evidence of an update: the dataset's and distributions' {@code modified} dates and,
 * optionally, the HTTP {@code Last-Modified} of the probes. Dates after the moment of
 * observation are ignored (they are reported by {@code freshness.dates}).
 *
 * @param epochDay {@link Dates#MISSING} when there is no evidence
 * @param evidence where the latest date came from
 */
public record LastUpdate(long epochDay, String value, String evidence) {
  static LastUpdate of(DatasetSnapshot s, boolean useHttp) {
    Facts f = Facts.of(s);
    long best = Dates.MISSING;
    int from = -2;
    boolean http = false;
    if (usable(f.datasetModified, f.today)) {
      best = f.datasetModified;
      from = -1;
    }
    List<Distribution> dists = s.dataset().distributions();
    for (int i = 0; i < dists.size(); i++) {
      if (usable(f.modified[i], f.today) && (best == Dates.MISSING || f.modified[i] > best)) {
        best = f.modified[i];
        from = i;
        http = false;
      }
      ProbeResult p = f.probes[i];
      if (useHttp && p != null && p.lastModified() != null) {
        long day = Dates.epochDay(p.lastModified());
        if (usable(day, f.today) && (best == Dates.MISSING || day > best)) {
          best = day;
          from = i;
          http = true;
        }
      }
    }
    if (from == -2) {
      return new LastUpdate(Dates.MISSING, null, null);
    }
    if (from == -1) {
      return new LastUpdate(best, s.dataset().modified(), "dataset.modified");
    }
    ProbeResult p = f.probes[from];
    return http ? new LastUpdate(best, p.lastModified(), "Last-Modified " + p.url())
        : new LastUpdate(best, dists.get(from).modified(), Paths.dist(from, "modified"));
  }

  private static boolean usable(long day, long today) {
    return Dates.valid(day) && day <= today + 1;
  }
}
