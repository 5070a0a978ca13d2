package gt.observatorio.crawler;

import gt.observatorio.crawler.http.AddressGuard;
import gt.observatorio.crawler.http.HostGate;
import gt.observatorio.crawler.http.HostResolver;
import gt.observatorio.crawler.http.SafeFetcher;
import gt.observatorio.crawler.probe.ContentSniffer;
import gt.observatorio.crawler.robots.RobotsCache;
import gt.observatorio.engine.port.HostSlots;
import java.time.Clock;

/**
 * What harvesters and the prober share: the configuration, the clock, the one HTTP client (behind
 * the {@link SafeFetcher}), the per-host gate and the robots.txt cache. Owns the HTTP client: close
 * it when the crawler is no longer needed.
 */
public final class CrawlerContext implements AutoCloseable {
  private final CrawlerConfig config;
  private final Clock clock;
  private final SafeFetcher fetcher;
  private final RobotsCache robots;
  private final ContentSniffer sniffer = new ContentSniffer();

  private CrawlerContext(CrawlerConfig config, Clock clock, HostResolver resolver, HostSlots slots) {
    this.config = config;
    this.clock = clock;
    AddressGuard guard = new AddressGuard(config.allowPrivateAddresses(), config.allowedAddressRanges(), resolver);
    this.fetcher = new SafeFetcher(config, guard, new HostGate(config.perHostDelayMillis(),
        config.perHostConcurrency(), slots, config.cluster().pollMillis()));
    this.robots = new RobotsCache(fetcher, config);
    fetcher.useRobots(robots);
  }

  /** A context on the system DNS resolver. */
  public static CrawlerContext create(CrawlerConfig config, Clock clock) {
    return create(config, clock, HostResolver.SYSTEM);
  }

  /** A context with another resolver (tests map names to loopback or to blocked addresses). */
  public static CrawlerContext create(CrawlerConfig config, Clock clock, HostResolver resolver) {
    return new CrawlerContext(config, clock, resolver, HostSlots.LOCAL);
  }

  /**
   * A context whose hosts' turns are also taken in {@code slots}, shared with the other nodes of a cluster
   * (see {@code crawler.cluster} in {@code crawler-defaults.yaml}).
   */
  public static CrawlerContext create(CrawlerConfig config, Clock clock, HostResolver resolver, HostSlots slots) {
    return new CrawlerContext(config, clock, resolver, slots);
  }

  public CrawlerConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public SafeFetcher fetcher() {
    return fetcher;
  }

  public RobotsCache robots() {
    return robots;
  }

  public ContentSniffer sniffer() {
    return sniffer;
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
