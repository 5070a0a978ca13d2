package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import java.util.List;

/**
 * MQA counts a dataset's distribution-level indicators on its best distribution: the one with the
 * most points over those indicators (at MQA's own points; the first on a tie). The choice is
 * remembered per thread for the last snapshot, so the fourteen indicator rules compute it once.
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
    int best = -1;
    int bestPoints = -1;
    for (int i = 0; i < dists.size(); i++) {
      int p = points(s, ds, dists.get(i));
      if (p > bestPoints) {
        best = i;
        bestPoints = p;
      }
    }
    return best;
  }

  private static int points(DatasetSnapshot s, Dataset ds, Distribution d) {
    int p = 0;
    p += Boolean.TRUE.equals(MqaChecks.status2xx(s, MqaChecks.accessUrl(d))) ? 50 : 0;
    p += MqaChecks.downloadUrlAvailable(d) ? 20 : 0;
    p += Boolean.TRUE.equals(MqaChecks.status2xx(s, d.downloadUrl())) ? 30 : 0;
    p += MqaChecks.formatAvailable(d) ? 20 : 0;
    p += MqaChecks.mediaTypeAvailable(d) ? 10 : 0;
    p += MqaChecks.vocabularyAligned(d) ? 10 : 0;
    p += MqaChecks.nonProprietary(d) ? 20 : 0;
    p += MqaChecks.machineReadable(d) ? 20 : 0;
    p += MqaChecks.licenceAvailable(d, ds) ? 20 : 0;
    p += MqaChecks.knownLicence(d, ds) ? 10 : 0;
    p += MqaChecks.byteSizeAvailable(d) ? 5 : 0;
    p += MqaChecks.blank(d.issued()) ? 0 : 5;
    p += MqaChecks.blank(d.modified()) ? 0 : 5;
    return p;
  }
}
