package gt.observatorio.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the read API's answer cache reports: how each request was answered (an answer kept for the published state,
 * one computed, or one another request was computing), the bytes and answers kept, and the answers evicted.
 */
final class CacheMeters {
  private final Counter cached;
  private final Counter computed;
  private final Counter shared;

  CacheMeters(MeterRegistry meters, Cache<String, CachedAnswer> entries) {
    cached = outcome(meters, "cached");
    computed = outcome(meters, "computed");
    shared = outcome(meters, "shared");
    Gauge.builder("observatorio.api.answers.kept.bytes", entries, c -> c.policy().eviction()
            .map(e -> e.weightedSize().orElse(0L)).orElse(0L))
        .description("Bytes of read API answers kept in memory, each with its gzip copy (web.cacheMegabytes)")
        .register(meters);
    Gauge.builder("observatorio.api.answers.kept", entries, Cache::estimatedSize)
        .description("Read API answers kept in memory").register(meters);
    FunctionCounter.builder("observatorio.api.answers.evicted", entries, c -> c.stats().evictionCount())
        .description("Read API answers evicted to stay within web.cacheMegabytes").register(meters);
  }

  private static Counter outcome(MeterRegistry meters, String outcome) {
    return Counter.builder("observatorio.api.answers").tag("outcome", outcome)
        .description("Read API requests by how they were answered: cached, computed, or shared with a request "
            + "computing the same answer").register(meters);
  }

  void cached() {
    cached.increment();
  }

  void computed() {
    computed.increment();
  }

  void shared() {
    shared.increment();
  }
}
