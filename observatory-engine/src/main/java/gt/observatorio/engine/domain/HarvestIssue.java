package gt.observatorio.engine.domain;

/**
 * A problem met while reading a catalog: it becomes a finding, never a crash.
 *
 * @param code stable id such as {@code catalog.http_error} or {@code catalog.malformed_json}
 * @param url the URL being read
 */
public record HarvestIssue(String code, String url, String message) {}
