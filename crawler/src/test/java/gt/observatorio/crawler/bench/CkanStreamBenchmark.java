package gt.observatorio.crawler.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.HarvestSummary;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Harvests a generated CKAN catalog (100,000 datasets by default, pages generated on the fly) with
 * the real {@code CkanHarvester} into a sink that only counts, and prints datasets, time,
 * datasets/s and the peak heap (sampled every 50 ms). Meant to run under {@code -Xmx512m}:
 * {@code bench/crawler-bench.sh ckan}. Arguments ({@code key=value}): datasets=100000 rows=1000.
 * Not a unit test.
 */
public final class CkanStreamBenchmark {
  private CkanStreamBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>(Map.of("datasets", "100000", "rows", "1000"));
    for (String arg : args) {
      a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    int total = Integer.parseInt(a.get("datasets"));
    System.out.printf("ckan stream benchmark: %s max heap=%d MB cores=%d java=%s load=%.2f%n", a,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Machine.load());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    AtomicLong peakAfterGc = new AtomicLong();
    afterEachGc(peakAfterGc);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    LongAdder datasets = new LongAdder();
    LongAdder distributions = new LongAdder();
    try (GeneratedCkanCatalog portal = new GeneratedCkanCatalog(total);
        Crawler crawler = Crawler.create(TestCrawler.config(Map.of("crawler.ckan.rows", a.get("rows"),
            "crawler.readTimeoutMillis", "30000", "crawler.totalTimeoutMillis", "120000")),
            Clock.systemUTC())) {
      long start = System.nanoTime();
      HarvestSummary s = crawler.harvest("ckan", URI.create(portal.base()), d -> {
        datasets.increment();
        distributions.add(d.distributions().size());
      });
      double secs = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      long gcCount = 0;
      long gcMillis = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        gcCount += Math.max(0, gc.getCollectionCount());
        gcMillis += Math.max(0, gc.getCollectionTime());
      }
      System.out.printf("harvested %d datasets (%d distributions, summary %d datasets, %d pages, %d issues) "
          + "from %.0f MB of JSON in %.2fs = %.0f datasets/s; peak heap used %d MB of %d MB max; "
          + "largest heap left after a GC %d MB; GC %d collections, %d ms%n", datasets.sum(),
          distributions.sum(), s.datasets(), s.pages(), s.issues().size(), portal.bytesServed() / 1e6, secs,
          datasets.sum() / secs, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20,
          peakAfterGc.get() >> 20, gcCount, gcMillis);
      s.issues().stream().limit(5).forEach(i -> System.out.println("issue: " + i));
      boolean ok = datasets.sum() == total && s.issues().isEmpty();
      System.out.println(ok ? "result: streamed with no error" : "result: FAILED");
      System.out.printf("load after: %.2f%n", Machine.load());
      if (!ok) {
        System.exit(1);
      }
    }
  }

  /** Keeps the largest heap in use right after a collection (all pools): the live data, roughly. */
  private static void afterEachGc(AtomicLong max) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          long used = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
              .getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
          max.accumulateAndGet(used, Math::max);
        }
      }, null, null);
    }
  }
}
