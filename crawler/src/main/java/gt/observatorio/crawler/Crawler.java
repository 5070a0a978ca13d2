package gt.observatorio.crawler;

import gt.observatorio.crawler.http.HostResolver;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import gt.observatorio.engine.port.HostSlots;
import gt.observatorio.engine.port.Prober;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The crawler's entry point for the composition root: harvesters per source kind and the polite
 * prober, sharing one HTTP client, one per-host gate and one robots.txt cache. Close it at shutdown.
 *
 * <pre>{@code
 * CrawlerConfig cfg = CrawlerConfig.from(loader);           // section "crawler"
 * try (Crawler crawler = Crawler.create(cfg, clock)) {
 *   HarvestSummary s = crawler.harvest("ckan", URI.create("https://datos.gob.gt/"), sink);
 *   Map<String, ProbeResult> probes = crawler.prober().probeAll(urls, previous::get);
 * }
 * }</pre>
 */
public final class Crawler implements AutoCloseable {
  private final CrawlerContext context;
  private final Harvesters harvesters;
  private final HttpProber prober;

  private Crawler(CrawlerContext context) {
    this.context = context;
    this.harvesters = Harvesters.load(context);
    this.prober = new HttpProber(context);
  }

  public static Crawler create(CrawlerConfig config, Clock clock) {
    return new Crawler(CrawlerContext.create(config, clock));
  }

  /**
   * A crawler whose hosts' turns are shared with the other nodes of a cluster through {@code slots} (the
   * database's {@code host_slot}); {@link HostSlots#LOCAL} for a single node.
   */
  public static Crawler create(CrawlerConfig config, Clock clock, HostSlots slots) {
    return new Crawler(CrawlerContext.create(config, clock, HostResolver.SYSTEM, slots));
  }

  /** A crawler on an existing context (tests give one with their own resolver). */
  public static Crawler on(CrawlerContext context) {
    return new Crawler(context);
  }

  /** The harvester of a source kind; fails naming the kinds that have one. */
  public Harvester harvester(String kind) {
    return harvesters.forKind(kind);
  }

  /** Harvests one catalog; never throws for a broken catalog (see the summary's issues). */
  public HarvestSummary harvest(String kind, URI catalog, Consumer<Dataset> sink) {
    return harvester(kind).harvest(catalog, sink);
  }

  /** The polite prober (HEAD + ranged GET, one queue per host). */
  /** Reads a catalog file from disk within this crawler's body, depth and triple limits. */
  public HarvestSummary harvestFile(String kind, java.nio.file.Path file, Consumer<Dataset> sink) {
    CrawlerConfig c = context().config();
    return gt.observatorio.crawler.harvest.LocalCatalog.read(file, c.maxBodyBytes(), c.limits(), kind, sink);
  }

  public Prober prober() {
    return prober;
  }

  public Harvesters harvesters() {
    return harvesters;
  }

  public CrawlerContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
