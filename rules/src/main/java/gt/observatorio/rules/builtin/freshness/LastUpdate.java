package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.builtin.Facts;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Dates;
import gt.observatorio.rules.vocab.Keys;
import java.util.List;

/**
 * The latest evidence of an update: the dataset's and distributions' {@code modified} dates and,
 * optionally, the HTTP {@code Last-Modified} of the probes and dates in the distributions' file
 * names and titles. Dates after the moment of
 * observation are ignored (they are reported by {@code freshness.dates}).
 *
 * @param epochDay {@link Dates#MISSING} when there is no evidence
 * @param evidence where the latest date came from
 */
public record LastUpdate(long epochDay, String value, String evidence) {
  private static final Paths.Field MODIFIED = Paths.field("modified");
  private static final Paths.Field URL_NAME = Paths.prefixedField("name ", "url");
  private static final Paths.Field TITLE_NAME = Paths.prefixedField("name ", "title");

  static LastUpdate of(DatasetSnapshot s, boolean useHttp) {
    return of(s, useHttp, false);
  }

  /** As {@link #of(DatasetSnapshot, boolean)}, also reading dates in file names and titles when {@code useNames}. */
  static LastUpdate of(DatasetSnapshot s, boolean useHttp, boolean useNames) {
    Facts f = Facts.of(s);
    long best = Dates.MISSING;
    int from = -2;
    int kind = 0;
    if (usable(f.datasetModified, f.today)) {
      best = f.datasetModified;
      from = -1;
    }
    List<Distribution> dists = s.dataset().distributions();
    for (int i = 0; i < dists.size(); i++) {
      if (usable(f.modified[i], f.today) && (best == Dates.MISSING || f.modified[i] > best)) {
        best = f.modified[i];
        from = i;
        kind = 0;
      }
      if (useNames) {
        Distribution d = dists.get(i);
        String url = d.probeUrl();
        long named = Dates.MISSING;
        if (url != null) {
          int end = Keys.urlPathEnd(url);
          named = DocumentDates.latest(url, fileNameStart(url, end), end, f.today, f.year);
        }
        if (Dates.valid(named) && (best == Dates.MISSING || named > best)) {
          best = named;
          from = i;
          kind = 2;
        }
        named = d.title() == null ? Dates.MISSING
            : DocumentDates.latest(d.title(), 0, d.title().length(), f.today, f.year);
        if (Dates.valid(named) && (best == Dates.MISSING || named > best)) {
          best = named;
          from = i;
          kind = 3;
        }
      }
      ProbeResult p = f.probes[i];
      if (useHttp && p != null && p.lastModified() != null) {
        long day = Dates.epochDay(p.lastModified());
        if (usable(day, f.today) && (best == Dates.MISSING || day > best)) {
          best = day;
          from = i;
          kind = 1;
        }
      }
    }
    if (from == -2) {
      return new LastUpdate(Dates.MISSING, null, null);
    }
    if (from == -1) {
      return new LastUpdate(best, s.dataset().modified(), "dataset.modified");
    }
    Distribution d = dists.get(from);
    return switch (kind) {
      case 1 -> new LastUpdate(best, f.probes[from].lastModified(), "Last-Modified " + f.probes[from].url());
      case 2 -> new LastUpdate(best, fileName(d.probeUrl()), URL_NAME.dist(from));
      case 3 -> new LastUpdate(best, d.title(), TITLE_NAME.dist(from));
      default -> new LastUpdate(best, d.modified(), MODIFIED.dist(from));
    };
  }

  /** The last path segment of a URL, without query or fragment. */
  static String fileName(String url) {
    if (url == null) {
      return null;
    }
    int end = Keys.urlPathEnd(url);
    return url.substring(fileNameStart(url, end), end);
  }

  private static int fileNameStart(String url, int end) {
    return url.lastIndexOf('/', end - 1) + 1;
  }

  private static boolean usable(long day, long today) {
    return Dates.valid(day) && day <= today + 1;
  }
}
