package gt.observatorio.engine.domain;

import java.time.Instant;
import java.util.List;

/**
 * What probing one URL observed.
 *
 * @param format the format the content really has (e.g. {@code CSV}, {@code XLSX}), from sniffing
 *     first, then the declared type, then the URL; null when unknown
 * @param detail a short technical explanation of a failure (exception class and message)
 * @param table what the first bytes of a tabular file showed, or null (not tabular, not read, or not enabled)
 */
public record ProbeResult(
    String url,
    ProbeOutcome outcome,
    Integer httpStatus,
    String finalUrl,
    List<String> redirectChain,
    String declaredContentType,
    String sniffedContentType,
    String format,
    Long contentLength,
    String lastModified,
    String etag,
    Boolean tlsValid,
    long latencyMillis,
    Instant checkedAt,
    String detail,
    TableProfile table) {

  public ProbeResult {
    redirectChain = redirectChain == null ? List.of() : List.copyOf(redirectChain);
  }

  /** A result without a table profile. */
  public ProbeResult(String url, ProbeOutcome outcome, Integer httpStatus, String finalUrl, List<String> redirectChain,
      String declaredContentType, String sniffedContentType, String format, Long contentLength, String lastModified,
      String etag, Boolean tlsValid, long latencyMillis, Instant checkedAt, String detail) {
    this(url, outcome, httpStatus, finalUrl, redirectChain, declaredContentType, sniffedContentType, format,
        contentLength, lastModified, etag, tlsValid, latencyMillis, checkedAt, detail, null);
  }

  /** This result with a table profile. */
  public ProbeResult withTable(TableProfile profile) {
    return new ProbeResult(url, outcome, httpStatus, finalUrl, redirectChain, declaredContentType, sniffedContentType,
        format, contentLength, lastModified, etag, tlsValid, latencyMillis, checkedAt, detail, profile);
  }

  /** A result for a URL that was not probed (e.g. {@code --no-probe}). */
  public static ProbeResult notProbed(String url, Instant at) {
    return new ProbeResult(url, ProbeOutcome.NOT_PROBED, null, null, List.of(), null, null, null,
        null, null, null, null, 0, at, null);
  }
}
