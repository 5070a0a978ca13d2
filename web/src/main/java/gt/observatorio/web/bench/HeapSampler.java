package gt.observatorio.web.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms and keeps the peak. */
public final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  public HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  public long peakBytes() {
    return peak.get();
  }

  public long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
