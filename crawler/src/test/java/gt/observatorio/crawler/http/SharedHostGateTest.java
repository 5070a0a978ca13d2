package gt.observatorio.crawler.http;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.port.HostSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-process gate in front of the cluster's shared host turns: a turn held elsewhere is waited for, the
 * pause given back is the host's (Crawl-delay included), and an unreachable store is waited on until the
 * request's deadline, never passed by (fail closed). The database behind it is {@code ClusterPolitenessTest}'s.
 */
class SharedHostGateTest {
  private static final String HOST = "datos.example:443";

  /** One host's turn in memory, on this JVM's clock, recording what it was asked. */
  private static final class MemorySlots implements HostSlots {
    long freeAtNanos = System.nanoTime();
    String holder;
    final List<String> calls = new ArrayList<>();
    volatile boolean down;

    @Override
    public synchronized long claim(String host, String who, long holdMillis) {
      if (down) {
        calls.add("claim failed");
        throw new IllegalStateException("connection refused");
      }
      long wait = TimeUnit.NANOSECONDS.toMillis(freeAtNanos - System.nanoTime());
      if (wait > 0) {
        return wait;
      }
      holder = who;
      freeAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(holdMillis);
      calls.add("claim " + host);
      return 0;
    }

    @Override
    public synchronized void release(String host, String who, long pauseMillis) {
      if (who.equals(holder)) {
        freeAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis);
        holder = null;
        calls.add("release " + host + " " + pauseMillis);
      }
    }

    @Override
    public synchronized void defer(String host, long millis) {
      freeAtNanos = Math.max(freeAtNanos, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
      calls.add("defer " + host + " " + millis);
    }
  }

  @Test
  void aTurnHeldByAnotherNodeIsWaitedForAndThePauseGivenBackIsTheHostsCrawlDelay() throws Exception {
    MemorySlots slots = new MemorySlots();
    HostGate gate = new HostGate(100, 1, slots, 10);
    gate.atLeast(HOST, 250);
    slots.freeAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300); // another node's pause
    long t0 = System.nanoTime();
    try (HostGate.Permit p = gate.enter(HOST, t0 + TimeUnit.SECONDS.toNanos(5))) {
      assertThat(p).isNotNull();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(290);
    }
    gate.defer(HOST, 1000);
    assertThat(slots.calls).containsExactly("claim " + HOST, "release " + HOST + " 250", "defer " + HOST + " 1000");
  }

  @Test
  void anUnreachableStoreIsWaitedOnUntilTheDeadlineAndNeverPassedBy() throws Exception {
    MemorySlots slots = new MemorySlots();
    slots.down = true;
    HostGate gate = new HostGate(100, 1, slots, 20);
    long t0 = System.nanoTime();
    HostGate.Permit p = gate.enter(HOST, t0 + TimeUnit.MILLISECONDS.toNanos(300));
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(p).as("no request without the turn").isNull();
    assertThat(waited).isBetween(250L, 2000L);
    assertThat(slots.calls.size()).as("asked again while waiting").isGreaterThan(3);

    slots.down = false;
    try (HostGate.Permit again = gate.enter(HOST, System.nanoTime() + TimeUnit.SECONDS.toNanos(1))) {
      assertThat(again).as("the local slot was given back").isNotNull();
    }
  }
}
