package gt.observatorio.crawler.http;

import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.engine.domain.ProbeOutcome;
import java.io.Closeable;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fetches URLs safely and politely: only http(s); every hop's host resolved and checked by the
 * {@link AddressGuard} before connecting; robots.txt checked when asked; redirects followed by hand
 * (at most {@code maxRedirects}, loops refused); one {@link HostGate} slot per hop; one deadline
 * for the request, robots.txt, politeness waits and redirects included, capped by the harvest's
 * ({@link HarvestDeadline}); bodies,
 * decompression and response heads capped. Never throws for a bad URL or a hostile server.
 */
public final class SafeFetcher implements Closeable {
  private final CrawlerConfig config;
  private final AddressGuard guard;
  private final HostGate gate;
  private final ScheduledExecutorService timer;
  private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient client;
  private final HttpExchange exchange;
  /** The deadline of the fetch running on this thread (robots.txt is fetched within the page's). */
  private static final ThreadLocal<Long> ENCLOSING = new ThreadLocal<>();
  private volatile RobotsCheck robots = RobotsCheck.ALLOW_ALL;

  public SafeFetcher(CrawlerConfig config, AddressGuard guard, HostGate gate) {
    this.config = config;
    this.guard = guard;
    this.gate = gate;
    ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "crawler-deadline");
      t.setDaemon(true);
      return t;
    });
    deadlines.setRemoveOnCancelPolicy(true);
    this.timer = deadlines;
    this.client = HttpClientFactory.create(config, guard);
    this.exchange = new HttpExchange(client, timer, config.maxDecompressedBytes());
  }

  /** Sets the robots.txt check used by requests that ask for it. */
  public void useRobots(RobotsCheck check) {
    this.robots = check;
  }

  public HostGate gate() {
    return gate;
  }

  /**
   * Like {@link #fetch}, but a 429 or 503 whose Retry-After is at most {@code maxRetryAfterMillis}
   * is fetched once more (the host gate holds the host back meanwhile).
   */
  public FetchResult fetchRetryingOnce(FetchRequest req) {
    FetchResult r = fetch(req);
    if (r.failure() == null && (r.status() == 429 || r.status() == 503)
        && RetryAfter.millis(r.header("Retry-After"), Instant.now()).orElse(Long.MAX_VALUE)
            <= config.maxRetryAfterMillis()) {
      return fetch(req);
    }
    return r;
  }

  /**
   * Fetches {@code req} within one deadline, {@code totalTimeoutMillis} from now (or the harvest's, or
   * the enclosing fetch's on this thread, when earlier): the robots.txt of every hop (fetched on this
   * thread under the same deadline), the wait for the host's turn (politeness pause, Crawl-delay,
   * Retry-After), connection, headers and body of every hop all count against it.
   */
  public FetchResult fetch(FetchRequest req) {
    long start = System.nanoTime();
    Long outer = ENCLOSING.get();
    long own = HarvestDeadline.cap(start + TimeUnit.MILLISECONDS.toNanos(config.totalTimeoutMillis()));
    long deadline = outer != null && outer - own < 0 ? outer : own;
    ENCLOSING.set(deadline);
    try {
      return fetchBy(req, start, deadline);
    } finally {
      if (outer == null) {
        ENCLOSING.remove();
      } else {
        ENCLOSING.set(outer);
      }
    }
  }

  /**
   * Whether a fetch runs on this thread and its deadline has passed: a request made within it (robots.txt)
   * that timed out may have been cut short by that deadline rather than by its own server.
   */
  public static boolean enclosingDeadlinePassed() {
    Long d = ENCLOSING.get();
    return d != null && d - System.nanoTime() <= 0;
  }

  private FetchResult fetchBy(FetchRequest req, long start, long deadline) {
    List<String> chain = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI current = Ipv4Forms.normalise(req.uri());
    while (true) {
      if (HarvestDeadline.passed()) {
        return end(req, current, chain, null, ProbeOutcome.TIMEOUT, "the harvest's time limit was reached", start);
      }
      String invalid = invalidReason(current);
      if (invalid != null) {
        return end(req, current, chain, null, ProbeOutcome.INVALID_URL, invalid, start);
      }
      seen.add(current);
      try {
        guard.resolve(current.getHost());
      } catch (BlockedAddressException e) {
        return end(req, current, chain, null, ProbeOutcome.BLOCKED_PRIVATE_ADDRESS, e.getMessage(), start);
      } catch (UnknownHostException e) {
        return end(req, current, chain, null, ProbeOutcome.DNS_FAILURE, Failures.detail(e), start);
      }
      RobotsCheck.Verdict verdict = req.obeyRobots() ? robots.check(current) : RobotsCheck.Verdict.ALLOW;
      if (!verdict.allowed()) {
        return end(req, current, chain, null, verdict.outcome(), verdict.detail(), start);
      }
      if (deadline - System.nanoTime() <= 0) {
        return end(req, current, chain, null, ProbeOutcome.TIMEOUT,
            "total time limit reached while reading robots.txt", start);
      }
      String hostKey = HostGate.key(current);
      HttpExchange.Hop hop;
      try (HostGate.Permit permit = gate.enter(hostKey, deadline)) {
        if (permit == null) {
          return end(req, current, chain, null, ProbeOutcome.TIMEOUT, "total time limit reached before the host's "
              + "turn (politeness pause, Crawl-delay or Retry-After of " + hostKey + ")", start);
        }
        hop = exchange.run(current, req, deadline);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return end(req, current, chain, null, ProbeOutcome.NOT_PROBED, "interrupted", start);
      }
      if (hop.status() == 429 || hop.status() == 503) {
        RetryAfter.millis(hop.headers().get("Retry-After"), Instant.now())
            .ifPresent(ms -> gate.defer(hostKey, Math.min(ms, config.maxRetryAfterMillis())));
      }
      String location = hop.headers().get("Location");
      if (hop.failure() != null || !isRedirect(hop.status()) || location == null) {
        return end(req, current, chain, hop, hop.failure(), hop.detail(), start);
      }
      URI next;
      try {
        next = current.resolve(location.trim().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        return end(req, current, chain, hop, ProbeOutcome.PROTOCOL_ERROR, "bad Location: " + location, start);
      }
      chain.add(current.toString());
      if (seen.contains(next)) {
        return end(req, next, chain, hop, ProbeOutcome.TOO_MANY_REDIRECTS, "redirect loop at " + next, start);
      }
      if (chain.size() > config.maxRedirects()) {
        return end(req, next, chain, hop, ProbeOutcome.TOO_MANY_REDIRECTS,
            "more than " + config.maxRedirects() + " redirects", start);
      }
      current = Ipv4Forms.normalise(next);
    }
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String invalidReason(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs are fetched: " + uri;
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "no host in " + uri;
    }
    return null;
  }

  private static FetchResult end(FetchRequest req, URI last, List<String> chain, HttpExchange.Hop hop,
      ProbeOutcome failure, String detail, long start) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (hop == null) {
      return new FetchResult(req.uri(), last, chain, 0, Map.of(), null, false, failure, detail, null, ms);
    }
    return new FetchResult(req.uri(), last, chain, hop.status(), hop.headers(), hop.body(), hop.truncated(),
        failure, detail, hop.tlsValid(), ms);
  }

  @Override
  /** Closes the client at once, aborting requests in flight (shutdown must not wait for a slow server). */
  public void close() {
    timer.shutdownNow();
    client.close(org.apache.hc.core5.io.CloseMode.IMMEDIATE);
  }
}
