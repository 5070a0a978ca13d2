package gt.observatorio.web.api;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How the read API's answers are cached: what clients and proxies are told ({@code Cache-Control: public,
 * max-age}), how many bytes of answers the server keeps in memory, and where the cache reports what it does.
 *
 * @param maxAgeSeconds seconds clients and proxies may reuse an answer
 * @param maxBytes bytes of answers kept by the server, each with its gzip copy ({@code CachedAnswer#weight})
 * @param meters where {@code observatorio_api_answers_total{outcome}}, the bytes and answers kept and the evictions go
 */
public record AnswerCaching(int maxAgeSeconds, long maxBytes, MeterRegistry meters) {
  /** Refuses a negative age or a bound under one byte. */
  public AnswerCaching {
    if (maxAgeSeconds < 0 || maxBytes < 1) {
      throw new IllegalArgumentException("maxAgeSeconds >= 0 and maxBytes >= 1, got " + maxAgeSeconds + ", " + maxBytes);
    }
  }
}
