package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.ProbeOutcome;

/** The stable codes of harvest issues, and the issue for a failed fetch. */
public final class Issues {
  /** The catalog answered 4xx. */
  public static final String HTTP_ERROR = "catalog.http_error";
  /** The catalog answered 5xx (after retries). */
  public static final String SERVER_ERROR = "catalog.server_error";
  /** The catalog answered 429 (after waiting as asked, when short enough). */
  public static final String RATE_LIMITED = "catalog.rate_limited";
  /** No HTTP answer: timeout, connection, DNS, TLS or protocol failure. */
  public static final String UNREACHABLE = "catalog.unreachable";
  /** The address of the catalog is not public and not allowed. */
  public static final String BLOCKED_ADDRESS = "catalog.blocked_address";
  /** robots.txt disallows the page. */
  public static final String DISALLOWED = "catalog.disallowed_by_robots";
  /** The body exceeds the byte or decompression limit. */
  public static final String TOO_LARGE = "catalog.too_large";
  /** Too many redirects or a redirect loop. */
  public static final String TOO_MANY_REDIRECTS = "catalog.too_many_redirects";
  public static final String INVALID_URL = "catalog.invalid_url";
  public static final String MALFORMED_JSON = "catalog.malformed_json";
  public static final String MALFORMED_RDF = "catalog.malformed_rdf";
  public static final String MALFORMED_XML = "catalog.malformed_xml";
  /** The body is not valid in its declared or default charset; read with replacement characters. */
  public static final String INVALID_ENCODING = "catalog.invalid_encoding";
  /** The API answered but said it failed (CKAN {@code success: false}) or gave an unexpected shape. */
  public static final String API_ERROR = "catalog.api_error";
  /** Fewer datasets were read than the catalog declared. */
  public static final String INCOMPLETE = "catalog.incomplete";
  /** A record was skipped (no identifier and no title, or not an object). */
  public static final String MALFORMED_RECORD = "catalog.malformed_record";
  /** The page limit was reached before the end of the catalog. */
  public static final String PAGE_LIMIT = "catalog.page_limit";
  /** Paging made no progress (a page repeated an earlier one or brought no new dataset) or the counts contradict. */
  public static final String NO_PROGRESS = "catalog.no_progress";
  /** The harvest took longer than {@code limits.maxHarvestMillis} and was stopped. */
  public static final String TIME_LIMIT = "catalog.time_limit";
  /** A document is nested deeper than {@code limits.maxJsonDepth} or {@code limits.maxRdfDepth}. */
  public static final String TOO_DEEP = "catalog.too_deep";
  /** Auto-detection found no known catalog kind. */
  public static final String UNKNOWN_KIND = "catalog.unknown_kind";

  private Issues() {}

  /** The issue describing why {@code r} did not give a usable 2xx body. */
  public static HarvestIssue of(FetchResult r) {
    String url = r.requested().toString();
    if (r.failure() != null) {
      return new HarvestIssue(code(r.failure()), url, r.failure().id() + ": " + r.detail());
    }
    if (r.status() == 429) {
      return new HarvestIssue(RATE_LIMITED, url, "HTTP 429");
    }
    return new HarvestIssue(r.status() >= 500 ? SERVER_ERROR : HTTP_ERROR, url, "HTTP " + r.status());
  }

  private static String code(ProbeOutcome o) {
    return switch (o) {
      case BLOCKED_PRIVATE_ADDRESS -> BLOCKED_ADDRESS;
      case DISALLOWED_BY_ROBOTS -> DISALLOWED;
      case TOO_LARGE -> TOO_LARGE;
      case TOO_MANY_REDIRECTS -> TOO_MANY_REDIRECTS;
      case INVALID_URL -> INVALID_URL;
      default -> UNREACHABLE;
    };
  }
}
