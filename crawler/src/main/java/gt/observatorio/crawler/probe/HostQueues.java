package gt.observatorio.crawler.probe;

import gt.observatorio.crawler.http.HostGate;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs many probes: one queue per host, {@code perHost} lanes per queue (each lane has at most one
 * probe in flight, and schedules its next probe when the host's pause is over) and at most
 * {@code threads} probes in flight overall.
 */
final class HostQueues {
  private final Prober prober;
  private final HostGate gate;
  private final int threads;
  private final int perHost;

  HostQueues(Prober prober, HostGate gate, int threads, int perHost) {
    this.prober = prober;
    this.gate = gate;
    this.threads = threads;
    this.perHost = perHost;
  }

  Map<String, ProbeResult> run(Collection<String> urls, Function<String, ProbeResult> previous, Clock clock) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>(urls);
    Map<String, Queue<String>> byHost = new LinkedHashMap<>();
    for (String url : distinct) {
      byHost.computeIfAbsent(hostKey(url), k -> new ConcurrentLinkedQueue<>()).add(url);
    }
    ConcurrentHashMap<String, ProbeResult> done = new ConcurrentHashMap<>();
    CountDownLatch latch = new CountDownLatch(distinct.size());
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, r -> {
      Thread t = new Thread(r, "crawler-probe");
      t.setDaemon(true);
      return t;
    });
    try {
      byHost.forEach((host, queue) -> {
        for (int i = 0; i < Math.min(perHost, queue.size()); i++) {
          pool.execute(() -> lane(pool, host, queue, previous, done, latch, clock));
        }
      });
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    Map<String, ProbeResult> out = new LinkedHashMap<>();
    for (String url : distinct) {
      out.put(url, done.getOrDefault(url, ProbeResult.notProbed(url, clock.instant())));
    }
    return out;
  }

  private void lane(ScheduledThreadPoolExecutor pool, String host, Queue<String> queue,
      Function<String, ProbeResult> previous, Map<String, ProbeResult> done, CountDownLatch latch,
      Clock clock) {
    String url = queue.poll();
    if (url == null) {
      return;
    }
    try {
      done.put(url, prober.probe(url, previous.apply(url)));
    } catch (RuntimeException e) {
      done.put(url, ProbeResults.failure(url, ProbeOutcome.NOT_PROBED, e.toString(), clock.instant()));
    } finally {
      latch.countDown();
    }
    if (!queue.isEmpty() && !pool.isShutdown()) {
      pool.schedule(() -> lane(pool, host, queue, previous, done, latch, clock), gate.waitNanos(host),
          TimeUnit.NANOSECONDS);
    }
  }

  private static String hostKey(String url) {
    try {
      URI uri = new URI(url == null ? "" : url.trim());
      return uri.getHost() == null ? "(invalid)" : HostGate.key(uri);
    } catch (java.net.URISyntaxException e) {
      return "(invalid)";
    }
  }
}
