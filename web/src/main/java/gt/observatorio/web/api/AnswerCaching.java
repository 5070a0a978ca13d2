package gt.observatorio.web.api;

/**
 * How the read API's answers are cached: what clients and proxies are told ({@code Cache-Control: public,
 * max-age}) and how many bytes of answers the server keeps in memory (least recently used go first).
 *
 * @param maxAgeSeconds seconds clients and proxies may reuse an answer
 * @param maxBytes bytes of answers kept by the server, each with its gzip copy ({@code CachedAnswer#weight})
 */
public record AnswerCaching(int maxAgeSeconds, long maxBytes) {
  /** Refuses a negative age or a bound under one byte. */
  public AnswerCaching {
    if (maxAgeSeconds < 0 || maxBytes < 1) {
      throw new IllegalArgumentException("maxAgeSeconds >= 0 and maxBytes >= 1, got " + maxAgeSeconds + ", " + maxBytes);
    }
  }
}
