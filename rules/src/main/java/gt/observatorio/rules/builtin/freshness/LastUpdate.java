package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
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
  static final LastUpdate NONE = new LastUpdate(Dates.MISSING, null, null);

  static LastUpdate of(DatasetSnapshot s, boolean useHttp) {
    long today = Dates.epochDay(s.asOf());
    LastUpdate best = consider(NONE, s.dataset().modified(), "dataset.modified", today);
    List<Distribution> dists = s.dataset().distributions();
    for (int i = 0; i < dists.size(); i++) {
      Distribution d = dists.get(i);
      if (d.modified() != null) {
        best = consider(best, d.modified(), Paths.dist(i, "modified"), today);
      }
      if (useHttp) {
        ProbeResult p = s.probeOf(d);
        if (p != null && p.lastModified() != null) {
          best = consider(best, p.lastModified(), "Last-Modified " + p.url(), today);
        }
      }
    }
    return best;
  }

  private static LastUpdate consider(LastUpdate best, String value, String evidence, long today) {
    long day = Dates.epochDay(value);
    if (!Dates.valid(day) || day > today + 1) {
      return best;
    }
    return best.epochDay == Dates.MISSING || day > best.epochDay ? new LastUpdate(day, value, evidence) : best;
  }
}
