package gt.observatorio.rules.builtin;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.vocab.Dates;
import gt.observatorio.rules.vocab.FormatInfo;
import gt.observatorio.rules.vocab.Formats;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.List;

/**
 * What several rules read from one snapshot, worked out once: each distribution's probe, resolved
 * format and media type, and parsed dates. A pure function of the snapshot, remembered per thread
 * for the last snapshot seen, so a rule set reads each value once however many rules use it.
 */
public final class Facts {
  private static final LastSnapshot<Facts> LAST = new LastSnapshot<>(Facts::new);

  /** The day of observation (epoch day, UTC). */
  public final long today;
  /** The year of observation (UTC). */
  public final int year;
  public final long datasetIssued;
  public final long datasetModified;
  public final ProbeResult[] probes;
  public final FormatInfo[] format;
  public final FormatInfo[] mediaType;
  public final long[] issued;
  public final long[] modified;

  private Facts(DatasetSnapshot s) {
    Dataset d = s.dataset();
    today = Dates.epochDay(s.asOf());
    year = java.time.LocalDate.ofEpochDay(today).getYear();
    datasetIssued = Dates.epochDay(d.issued());
    datasetModified = Dates.epochDay(d.modified());
    List<Distribution> dists = d.distributions();
    int n = dists.size();
    probes = new ProbeResult[n];
    format = new FormatInfo[n];
    mediaType = new FormatInfo[n];
    issued = new long[n];
    modified = new long[n];
    Formats formats = Vocabularies.standard().formats();
    for (int i = 0; i < n; i++) {
      Distribution x = dists.get(i);
      probes[i] = s.probeOf(x);
      format[i] = formats.resolve(x.format());
      mediaType[i] = formats.resolve(x.mediaType());
      issued[i] = Dates.epochDay(x.issued());
      modified[i] = Dates.epochDay(x.modified());
    }
  }

  /** The facts of a snapshot. */
  public static Facts of(DatasetSnapshot s) {
    return LAST.of(s);
  }

  /** The declared format, else the media type, resolved; null when neither is known. */
  public FormatInfo declaredFormat(int i) {
    return format[i] != null ? format[i] : mediaType[i];
  }
}
