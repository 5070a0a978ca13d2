package gt.observatorio.crawler.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request for the {@link SafeFetcher}.
 *
 * @param method {@code GET} or {@code HEAD}
 * @param headers extra request headers (Range, If-None-Match, Accept, ...)
 * @param wholeBody true: the body is read whole and a body over {@code byteLimit} is an error
 *     ({@code TOO_LARGE}); false: at most {@code byteLimit} bytes are read, the rest is dropped
 * @param obeyRobots check robots.txt before every hop
 */
public record FetchRequest(URI uri, String method, Map<String, String> headers, boolean wholeBody,
    long byteLimit, boolean obeyRobots) {

  public FetchRequest {
    headers = Map.copyOf(headers);
  }

  /** A GET whose whole body (at most {@code limit} bytes) is wanted, e.g. a catalog page. */
  public static FetchRequest document(URI uri, long limit, boolean obeyRobots, String accept) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", accept);
    h.put("Accept-Encoding", "gzip, deflate");
    return new FetchRequest(uri, "GET", h, true, limit, obeyRobots);
  }

  public FetchRequest withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new FetchRequest(uri, method, h, wholeBody, byteLimit, obeyRobots);
  }
}
