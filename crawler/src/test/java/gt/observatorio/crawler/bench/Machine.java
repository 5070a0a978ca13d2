package gt.observatorio.crawler.bench;

import java.lang.management.ManagementFactory;

/** What the benchmarks print about the machine they ran on. */
final class Machine {
  private Machine() {}

  /** The one-minute system load average (other work on the machine shows here). */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU time used by this JVM so far, all threads (user + system). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Elapsed time the JIT compiler threads spent compiling so far, in milliseconds. */
  static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Time spent in garbage collection so far, all collectors, in milliseconds. */
  static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
  }
}
