package gt.observatorio.crawler.http;

import gt.observatorio.engine.port.HostSlots;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host ({@code host:port}): at most {@code perHost} requests in flight and a pause
 * between the end of one request and the start of the next. A host's pause can grow (robots.txt
 * Crawl-delay) and a host can be deferred (Retry-After). Uses the monotonic clock, not the
 * injected wall clock, so that a simulated clock never stalls a crawl.
 *
 * <p>With {@link HostSlots} shared by the nodes of a cluster, a request that passed this node's gate
 * also waits for the host's shared turn ({@link SharedTurn}), and closing its permit starts the pause
 * there too, so that the host's pause holds whichever node asks.
 */
public final class HostGate {
  private final long delayNanos;
  private final int perHost;
  private final SharedTurn shared;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  public HostGate(long delayMillis, int perHost) {
    this(delayMillis, perHost, HostSlots.LOCAL, 100);
  }

  /** A gate whose hosts' turns are also taken in {@code slots} (shared by nodes), asked every {@code pollMillis}. */
  public HostGate(long delayMillis, int perHost, HostSlots slots, long pollMillis) {
    this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    this.perHost = perHost;
    this.shared = slots == HostSlots.LOCAL ? null : new SharedTurn(slots, pollMillis);
  }

  /** The key of a URI's host: lower-case host and effective port. */
  public static String key(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return host + ":" + port;
  }

  /**
   * Waits for a slot at this host and for its pause to pass; close the permit when done. Null, at
   * once, when the host's pause ends after {@code deadlineNanos} ({@link System#nanoTime}), or when no
   * slot frees before it: the wait counts against the request's deadline.
   */
  public Permit enter(String hostKey, long deadlineNanos) throws InterruptedException {
    Host h = hosts.computeIfAbsent(hostKey, k -> new Host(perHost));
    if (!h.permits.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      return null;
    }
    try {
      while (true) {
        long now = System.nanoTime();
        long wait;
        synchronized (h) {
          wait = h.nextAllowed - now;
        }
        if (wait <= 0) {
          return shared == null ? new Permit(h, hostKey, null) : sharedPermit(h, hostKey, deadlineNanos);
        }
        if (now + wait - deadlineNanos > 0) {
          h.permits.release();
          return null;
        }
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      h.permits.release();
      throw e;
    }
  }

  private Permit sharedPermit(Host h, String hostKey, long deadlineNanos) throws InterruptedException {
    long delayMillis;
    synchronized (h) {
      delayMillis = TimeUnit.NANOSECONDS.toMillis(h.delay);
    }
    String holder = UUID.randomUUID().toString();
    if (!shared.take(hostKey, holder, delayMillis, deadlineNanos)) {
      h.permits.release();
      return null;
    }
    return new Permit(h, hostKey, holder);
  }

  /** Nanoseconds until the host may be asked again (0 when it may be now). */
  public long waitNanos(String hostKey) {
    Host h = hosts.get(hostKey);
    if (h == null) {
      return 0;
    }
    synchronized (h) {
      return Math.max(0, h.nextAllowed - System.nanoTime());
    }
  }

  /** Makes the pause of a host at least {@code millis} (robots.txt Crawl-delay). */
  public void atLeast(String hostKey, long millis) {
    Host h = hosts.computeIfAbsent(hostKey, k -> new Host(perHost));
    synchronized (h) {
      h.delay = Math.max(delayNanos, TimeUnit.MILLISECONDS.toNanos(millis));
    }
  }

  /** Asks nothing of a host for {@code millis} from now (Retry-After). */
  public void defer(String hostKey, long millis) {
    Host h = hosts.computeIfAbsent(hostKey, k -> new Host(perHost));
    synchronized (h) {
      h.nextAllowed = Math.max(h.nextAllowed, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
    }
    if (shared != null) {
      shared.defer(hostKey, millis);
    }
  }

  private final class Host {
    final Semaphore permits;
    long nextAllowed = System.nanoTime();
    long delay = delayNanos;

    Host(int perHost) {
      this.permits = new Semaphore(perHost, true);
    }
  }

  /** One request's hold on a host; closing it starts the host's pause. */
  public final class Permit implements AutoCloseable {
    private final Host host;
    private final String hostKey;
    private final String holder;
    private boolean closed;

    private Permit(Host host, String hostKey, String holder) {
      this.host = host;
      this.hostKey = hostKey;
      this.holder = holder;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      long pause;
      synchronized (host) {
        pause = host.delay;
        host.nextAllowed = Math.max(host.nextAllowed, System.nanoTime() + pause);
      }
      if (holder != null) {
        shared.release(hostKey, holder, TimeUnit.NANOSECONDS.toMillis(pause));
      }
      host.permits.release();
    }
  }
}
