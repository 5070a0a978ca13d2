package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.StoredProbe;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Probes the distribution URLs of a batch: once per run for a URL shared by many datasets (an LRU
 * cache), with the stored previous result for conditional requests, recording what changed.
 */
final class BatchProbes {
  private final long runId;
  private final CrawlStore store;
  private final Prober prober;
  private final Clock clock;
  private final Map<String, ProbeResult> cache;
  private int probed;

  BatchProbes(long runId, CrawlStore store, Prober prober, Clock clock, int cacheSize) {
    this.runId = runId;
    this.store = store;
    this.prober = prober;
    this.clock = clock;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ProbeResult> eldest) {
        return size() > cacheSize;
      }
    };
  }

  /** URLs probed so far in the run. */
  int probed() {
    return probed;
  }

  /** The probe result of every distribution URL of the datasets. */
  Map<String, ProbeResult> probe(Collection<Dataset> datasets) {
    Set<String> urls = new LinkedHashSet<>();
    for (Dataset d : datasets) {
      for (Distribution dist : d.distributions()) {
        urls.addAll(dist.probeUrls());
      }
    }
    Map<String, ProbeResult> out = new HashMap<>();
    List<String> toProbe = new ArrayList<>();
    for (String url : urls) {
      ProbeResult cached = cache.get(url);
      if (cached != null) {
        out.put(url, cached);
      } else {
        toProbe.add(url);
      }
    }
    if (toProbe.isEmpty()) {
      return out;
    }
    Map<String, StoredProbe> previous = store.latestProbes(toProbe);
    Map<String, ProbeResult> results = prober.probeAll(toProbe,
        url -> previous.containsKey(url) ? previous.get(url).result() : null);
    Instant now = clock.instant();
    store.recordProbes(previous, results.values(), runId, now);
    probed += results.size();
    for (String url : toProbe) {
      ProbeResult r = results.get(url);
      StoredProbe prev = previous.get(url);
      ProbeResult seenNow = r == null ? ProbeResult.notProbed(url, now)
          : r.outcome() == ProbeOutcome.NOT_MODIFIED && prev != null ? unchanged(prev.result(), r) : r;
      out.put(url, seenNow);
      cache.put(url, seenNow);
    }
    return out;
  }

  /** A "not modified" answer means the resource is as last seen: the last result, checked now. */
  private static ProbeResult unchanged(ProbeResult last, ProbeResult now) {
    return new ProbeResult(last.url(), last.outcome(), last.httpStatus(), last.finalUrl(), last.redirectChain(),
        last.declaredContentType(), last.sniffedContentType(), last.format(), last.contentLength(),
        last.lastModified(), last.etag(), last.tlsValid(), now.latencyMillis(), now.checkedAt(), last.detail(),
        last.table());
  }
}
