package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.rules.builtin.LastSnapshot;
import gt.observatorio.rules.vocab.DeclaredFormat;
import gt.observatorio.rules.vocab.Formats;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.List;

/**
 * MQA counts a dataset's distribution-level indicators on its best distribution. When every URL
 * was checked, that is the distribution with the most points over those indicators (at MQA's own
 * points; the first on a tie). When some URLs were not checked, their status indicators are not
 * measurable, so the best is the distribution that gives the dataset the highest share of its
 * measurable points (dataset-level indicators included, DCAT-AP compliance with the default shapes too): this keeps "adding a field never lowers a
 * score" true. Every check of every distribution is worked out once per snapshot and remembered
 * per thread for the last snapshot, so the indicator rules only read the results.
 */
final class BestDistribution {
  private static final LastSnapshot<BestDistribution> LAST = new LastSnapshot<>(BestDistribution::new);
  private static final long DATASET_MAX = 145;

  /** The index of the best distribution, or -1 when there is none. */
  final int best;
  /** Per distribution: the bits of the {@link Check}s that pass, and of those not measured. */
  private final int[] passed;
  private final int[] unmeasured;

  private BestDistribution(DatasetSnapshot s) {
    Dataset ds = s.dataset();
    List<Distribution> dists = ds.distributions();
    int n = dists.size();
    passed = new int[n];
    unmeasured = new int[n];
    long base = datasetPoints(ds);
    long extraMax = 0;
    if (n > 1) {
      DcatApShacl.Result shacl = DcatApCompliance.defaultResult(s);
      if (shacl != null) {
        base += shacl.conforms() ? DcatApCompliance.POINTS : 0;
        extraMax = DcatApCompliance.POINTS;
      }
    }
    int b = -1;
    long bestPoints = 0;
    long bestMax = 1;
    for (int i = 0; i < n; i++) {
      evaluate(s, ds, dists.get(i), i);
      long p = base;
      long m = DATASET_MAX + extraMax + Check.ALWAYS_MEASURED;
      for (Check c : Check.ALL) {
        if ((unmeasured[i] & c.bit) != 0) {
          continue;
        }
        if (c.status()) {
          m += c.points;
        }
        if ((passed[i] & c.bit) != 0) {
          p += c.points;
        }
      }
      if (b < 0 || p * bestMax > bestPoints * m) {
        b = i;
        bestPoints = p;
        bestMax = m;
      }
    }
    best = b;
  }

  /** The facts of a snapshot. */
  static BestDistribution facts(DatasetSnapshot s) {
    return LAST.of(s);
  }

  /** The index of the best distribution, or -1 when there is none. */
  static int of(DatasetSnapshot s) {
    return facts(s).best;
  }

  /** The result of a check on distribution {@code i}: null when it could not be measured. */
  Boolean result(int i, Check c) {
    if ((unmeasured[i] & c.bit) != 0) {
      return null;
    }
    return (passed[i] & c.bit) != 0;
  }

  private void evaluate(DatasetSnapshot s, Dataset ds, Distribution d, int i) {
    int ok = 0;
    int none = 0;
    Boolean access = MqaChecks.status2xx(s, MqaChecks.accessUrl(d));
    Boolean download = MqaChecks.status2xx(s, d.downloadUrl());
    none |= access == null ? Check.ACCESS_URL_STATUS.bit : 0;
    none |= download == null ? Check.DOWNLOAD_URL_STATUS.bit : 0;
    ok |= Boolean.TRUE.equals(access) ? Check.ACCESS_URL_STATUS.bit : 0;
    ok |= Boolean.TRUE.equals(download) ? Check.DOWNLOAD_URL_STATUS.bit : 0;
    ok |= MqaChecks.downloadUrlAvailable(d) ? Check.DOWNLOAD_URL.bit : 0;
    ok |= MqaChecks.formatAvailable(d) ? Check.FORMAT.bit : 0;
    ok |= MqaChecks.mediaTypeAvailable(d) ? Check.MEDIA_TYPE.bit : 0;
    Formats formats = Vocabularies.standard().formats();
    DeclaredFormat format = formats.declared(d.format());
    DeclaredFormat type = formats.declared(d.mediaType());
    ok |= MqaChecks.vocabularyAligned(d, format, type) ? Check.VOCABULARY.bit : 0;
    ok |= MqaChecks.nonProprietary(format.format(), type.format()) ? Check.NON_PROPRIETARY.bit : 0;
    ok |= MqaChecks.machineReadable(format.format(), type.format()) ? Check.MACHINE_READABLE.bit : 0;
    String licence = MqaChecks.licence(d, ds);
    LicenceInfo info = Vocabularies.standard().licences().resolve(licence);
    ok |= !MqaChecks.blank(licence) && MqaChecks.licenceAvailable(info) ? Check.LICENCE.bit : 0;
    ok |= info != null && info.declared() ? Check.KNOWN_LICENCE.bit : 0;
    ok |= MqaChecks.byteSizeAvailable(d) ? Check.BYTE_SIZE.bit : 0;
    ok |= MqaChecks.blank(ds.issued()) && MqaChecks.blank(d.issued()) ? 0 : Check.ISSUED.bit;
    ok |= MqaChecks.blank(ds.modified()) && MqaChecks.blank(d.modified()) ? 0 : Check.MODIFIED.bit;
    ok |= MqaChecks.blank(d.rights()) ? 0 : Check.RIGHTS.bit;
    passed[i] = ok;
    unmeasured[i] = none;
  }

  /** The always-measured dataset-level indicators at MQA's points (out of {@link #DATASET_MAX}). */
  private static long datasetPoints(Dataset d) {
    long p = 0;
    p += anyText(d.keywords()) ? 30 : 0;
    p += anyText(d.themes()) ? 30 : 0;
    p += MqaChecks.blank(d.spatial()) ? 0 : 20;
    p += MqaChecks.blank(d.temporal()) ? 0 : 20;
    p += MqaChecks.blank(d.accessRights()) ? 0 : 10;
    p += Vocabularies.standard().accessRights().aligned(d.accessRights()) == null ? 0 : 5;
    p += MqaChecks.blank(d.contactPoint()) ? 0 : 20;
    p += MqaChecks.blank(d.publisher()) ? 0 : 10;
    return p;
  }

  /** Whether joining the values gives a non-blank text: some value is not blank. */
  private static boolean anyText(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!MqaChecks.blank(values.get(i))) {
        return true;
      }
    }
    return false;
  }
}
