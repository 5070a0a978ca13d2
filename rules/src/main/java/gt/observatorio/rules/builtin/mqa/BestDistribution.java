package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import java.util.List;

/**
 * MQA counts a dataset's distribution-level indicators on its best distribution. When every URL
 * was checked, that is the distribution with the most points over those indicators (at MQA's own
 * points; the first on a tie). When some URLs were not checked, their status indicators are not
 * measurable, so the best is the distribution that gives the dataset the highest share of its
 * measurable points (dataset-level indicators included): this keeps "adding a field never lowers a
 * score" true. The choice is remembered per thread for the last snapshot, so the indicator rules
 * compute it once.
 */
final class BestDistribution {
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  private BestDistribution() {}

  /** The index of the best distribution, or -1 when there is none. */
  static int of(DatasetSnapshot s) {
    Object[] memo = LAST.get();
    if (memo[0] == s) {
      return (Integer) memo[1];
    }
    int best = compute(s);
    memo[0] = s;
    memo[1] = best;
    return best;
  }

  static int compute(DatasetSnapshot s) {
    Dataset ds = s.dataset();
    List<Distribution> dists = ds.distributions();
    long base = datasetPoints(ds);
    int best = -1;
    long bestPoints = 0;
    long bestMax = 1;
    int[] pm = new int[2];
    for (int i = 0; i < dists.size(); i++) {
      points(s, ds, dists.get(i), pm);
      long p = base + pm[0];
      long m = DATASET_MAX + pm[1];
      if (best < 0 || p * bestMax > bestPoints * m) {
        best = i;
        bestPoints = p;
        bestMax = m;
      }
    }
    return best;
  }

  /** The always-measured dataset-level indicators at MQA's points (out of {@link #DATASET_MAX}). */
  private static long datasetPoints(Dataset d) {
    long p = 0;
    p += MqaChecks.blank(String.join("", d.keywords())) ? 0 : 30;
    p += MqaChecks.blank(String.join("", d.themes())) ? 0 : 30;
    p += MqaChecks.blank(d.spatial()) ? 0 : 20;
    p += MqaChecks.blank(d.temporal()) ? 0 : 20;
    p += MqaChecks.blank(d.accessRights()) ? 0 : 10;
    p += gt.observatorio.rules.vocab.Vocabularies.standard().accessRights().aligned(d.accessRights()) == null ? 0 : 5;
    p += MqaChecks.blank(d.contactPoint()) ? 0 : 20;
    p += MqaChecks.blank(d.publisher()) ? 0 : 10;
    return p;
  }

  private static final long DATASET_MAX = 145;

  /** Points and measurable points of one distribution's indicators (dates: dataset or distribution). */
  private static void points(DatasetSnapshot s, Dataset ds, Distribution d, int[] out) {
    int p = 0;
    int m = 145;
    Boolean access = MqaChecks.status2xx(s, MqaChecks.accessUrl(d));
    Boolean download = MqaChecks.status2xx(s, d.downloadUrl());
    m += access == null ? 0 : 50;
    m += download == null ? 0 : 30;
    p += Boolean.TRUE.equals(access) ? 50 : 0;
    p += Boolean.TRUE.equals(download) ? 30 : 0;
    p += MqaChecks.downloadUrlAvailable(d) ? 20 : 0;
    p += MqaChecks.formatAvailable(d) ? 20 : 0;
    p += MqaChecks.mediaTypeAvailable(d) ? 10 : 0;
    p += MqaChecks.vocabularyAligned(d) ? 10 : 0;
    p += MqaChecks.nonProprietary(d) ? 20 : 0;
    p += MqaChecks.machineReadable(d) ? 20 : 0;
    p += MqaChecks.licenceAvailable(d, ds) ? 20 : 0;
    p += MqaChecks.knownLicence(d, ds) ? 10 : 0;
    p += MqaChecks.byteSizeAvailable(d) ? 5 : 0;
    p += MqaChecks.blank(ds.issued()) && MqaChecks.blank(d.issued()) ? 0 : 5;
    p += MqaChecks.blank(ds.modified()) && MqaChecks.blank(d.modified()) ? 0 : 5;
    out[0] = p;
    out[1] = m;
  }
}
