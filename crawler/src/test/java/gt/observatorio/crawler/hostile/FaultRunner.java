package gt.observatorio.crawler.hostile;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.hostile.HostileFaults.Fault;
import gt.observatorio.crawler.hostile.HostileFaults.Observed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs one fault against a fresh server and crawler context and measures it: wall time and peak
 * heap (the sum of the heap pools' peak usage, reset after a GC before the run, so it includes
 * garbage not yet collected). A prepared body is made before and dropped after; while the fault
 * runs it counts in its peak.
 */
final class FaultRunner {
  /** A fault's measured result. */
  record Measured(Fault fault, Observed observed, long millis, long peakHeapBytes, long maxHeapBytes) {
    boolean outcomeAsExpected() {
      return observed.outcome().equals(fault.expected())
          || observed.outcome().contains(fault.expected()) && fault.expected().startsWith("catalog.");
    }
  }

  private FaultRunner() {}

  static Measured run(Fault f) {
    f.prepare();
    try {
      return measure(f);
    } finally {
      f.release();
    }
  }

  private static Measured measure(Fault f) {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    try (HostileServer server = new HostileServer(); CrawlerContext ctx = HostileFaults.context(f)) {
      long start = System.nanoTime();
      Observed o = f.run().apply(new HostileFaults.Run(server, ctx));
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      return new Measured(f, o, millis, peak, Runtime.getRuntime().maxMemory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
