package gt.observatorio.crawler.http;

import gt.observatorio.engine.domain.ProbeOutcome;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one fetch (redirects included) got.
 *
 * @param redirectChain the URLs that answered with a redirect, in order; empty without redirect
 * @param status the last HTTP status, 0 when no response came
 * @param headers the last response's headers, names case-insensitive
 * @param failure why the fetch failed (timeout, blocked address, too large, ...), null when an
 *     HTTP response was read whole (any status)
 * @param tlsValid true when a TLS session was set up, false on a TLS failure, null for plain HTTP
 */
public record FetchResult(URI requested, URI finalUri, List<String> redirectChain, int status,
    Map<String, String> headers, byte[] body, boolean truncated, ProbeOutcome failure, String detail,
    Boolean tlsValid, long latencyMillis) {

  public FetchResult {
    redirectChain = List.copyOf(redirectChain);
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    headers = java.util.Collections.unmodifiableMap(h);
    body = body == null ? new byte[0] : body;
  }

  public String header(String name) {
    return headers.get(name);
  }

  /** A 2xx answer read without failure. */
  public boolean ok() {
    return failure == null && status >= 200 && status < 300;
  }

  public String contentType() {
    return header("Content-Type");
  }
}
