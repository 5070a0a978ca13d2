package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.vocab.FormatInfo;
import gt.observatorio.rules.vocab.DeclaredFormat;
import gt.observatorio.rules.vocab.Formats;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Vocabularies;

/**
 * The distribution-level checks of data.europa.eu's MQA, shared by the indicator rules and by the
 * choice of the best distribution.
 */
final class MqaChecks {
  private MqaChecks() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static boolean formatAvailable(Distribution d) {
    return !blank(d.format());
  }

  static boolean mediaTypeAvailable(Distribution d) {
    return !blank(d.mediaType());
  }

  /** Every declared one of format / media type is from the controlled vocabularies; at least one declared. */
  static boolean vocabularyAligned(Distribution d, DeclaredFormat format, DeclaredFormat type) {
    boolean hasFormat = formatAvailable(d);
    boolean hasType = mediaTypeAvailable(d);
    return (hasFormat || hasType) && (!hasFormat || format.euFileType()) && (!hasType || type.ianaMediaType());
  }

  static boolean nonProprietary(FormatInfo a, FormatInfo b) {
    return (a != null && a.nonProprietary()) || (b != null && b.nonProprietary());
  }

  static boolean machineReadable(FormatInfo a, FormatInfo b) {
    return (a != null && a.machineReadable()) || (b != null && b.machineReadable());
  }

  /**
   * The access URL as DCAT-AP has it: the declared one, else the download URL (DCAT-AP makes
   * dcat:accessURL mandatory and exporters fill it with the download URL).
   */
  static String accessUrl(Distribution d) {
    return blank(d.accessUrl()) ? d.downloadUrl() : d.accessUrl();
  }

  static boolean downloadUrlAvailable(Distribution d) {
    return !blank(d.downloadUrl());
  }

  /** The distribution's licence, or the dataset's when the distribution has none (as ckanext-dcat exports). */
  static String licence(Distribution d, Dataset ds) {
    return blank(d.license()) ? ds.license() : d.license();
  }

  /** A non-blank licence value counts unless it resolves to one that says "not specified". */
  static boolean licenceAvailable(LicenceInfo nonBlankValue) {
    return nonBlankValue == null || nonBlankValue.declared();
  }

  static boolean byteSizeAvailable(Distribution d) {
    return d.byteSize() != null;
  }

  /**
   * Whether a URL answered HTTP 200-299 (a 304 to our conditional request counts: the content is
   * unchanged since it last answered 2xx); null when it was not probed.
   */
  static Boolean status2xx(DatasetSnapshot s, String url) {
    if (blank(url)) {
      return Boolean.FALSE;
    }
    ProbeResult p = s.probeOf(url);
    if (p == null || p.outcome() == ProbeOutcome.NOT_PROBED) {
      return null;
    }
    if (p.outcome() == ProbeOutcome.NOT_MODIFIED) {
      return Boolean.TRUE;
    }
    Integer st = p.httpStatus();
    return st != null && st >= 200 && st <= 299 && p.outcome().reachable();
  }
}
