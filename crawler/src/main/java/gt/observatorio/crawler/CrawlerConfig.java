package gt.observatorio.crawler;

import gt.observatorio.engine.config.ConfigLoader;
import java.util.List;
import java.util.Locale;

/**
 * The crawler's settings, bound from section {@code crawler} of {@code crawler-defaults.yaml}
 * (where every key is documented) and the user's overrides.
 */
public record CrawlerConfig(
    String userAgent,
    boolean allowPrivateAddresses,
    List<String> allowedAddressRanges,
    long perHostDelayMillis,
    long maxCrawlDelayMillis,
    long maxRetryAfterMillis,
    int maxConcurrency,
    int perHostConcurrency,
    long connectTimeoutMillis,
    long readTimeoutMillis,
    long totalTimeoutMillis,
    long maxBodyBytes,
    long maxDecompressedBytes,
    int maxRedirects,
    int rangeBytes,
    boolean sniffContent,
    int maxCatalogPages,
    Limits limits,
    Robots robots,
    Ckan ckan,
    Html html,
    Content content,
    Cluster cluster) {

  /** The class-path resource holding the documented defaults. */
  public static final String DEFAULTS_RESOURCE = "crawler-defaults.yaml";
  /** The configuration section. */
  public static final String SECTION = "crawler";

  /**
   * Bounds on what one server or catalog may cost, whatever it sends: response head (status line,
   * header lines, their count and total), nesting of JSON and RDF documents, triples of an RDF
   * document held at once while it is streamed into datasets, and the time of one whole harvest.
   */
  public record Limits(int maxHeaderLineBytes, int maxHeaderCount, int maxHeaderBytes, int maxJsonDepth,
      int maxRdfDepth, long maxTriples, long maxHarvestMillis) {
    public Limits {
      require(maxHeaderLineBytes >= 256 && maxHeaderCount >= 8 && maxHeaderBytes >= maxHeaderLineBytes,
          "limits: maxHeaderLineBytes must be at least 256, maxHeaderCount at least 8 and maxHeaderBytes "
              + "at least maxHeaderLineBytes");
      require(maxJsonDepth >= 8 && maxRdfDepth >= 8, "limits: maxJsonDepth and maxRdfDepth must be at least 8");
      require(maxTriples >= 1 && maxHarvestMillis >= 1000,
          "limits: maxTriples must be positive and maxHarvestMillis at least 1000");
    }
  }

  /** robots.txt handling (RFC 9309). */
  public record Robots(boolean enabled, boolean applyToApis, long cacheMillis,
      long retryAfterErrorMillis, int maxBytes) {}

  /** CKAN Action API paging. */
  public record Ckan(int rows, int minRows, int retries, long backoffMillis) {}

  /** HTML portal crawling limits. */
  public record Html(int maxPages, int maxDepth) {}

  /**
   * Content checks of tabular files: on or off, the bytes read (one ranged GET) per file, and the bytes read
   * per spreadsheet package (XLSX, ODS), which a workbook must fit whole to be read (never less than
   * {@code maxBytes}).
   */
  public record Content(boolean enabled, int maxBytes, int maxSpreadsheetBytes) {
    public Content {
      maxSpreadsheetBytes = Math.max(maxBytes, maxSpreadsheetBytes);
    }
  }

  /**
   * Politeness across nodes: whether each host's turn is shared through the database ({@code auto}: when the
   * scheduler is clustered; {@code on}; {@code off}) and how often a node asks again for a turn another node
   * holds, or retries while the database cannot be reached (it waits, never requesting without the turn).
   */
  public record Cluster(String sharedHostSlots, long pollMillis) {
    public Cluster {
      sharedHostSlots = sharedHostSlots == null || sharedHostSlots.isBlank() ? "auto"
          : sharedHostSlots.trim().toLowerCase(Locale.ROOT);
      require(List.of("auto", "on", "off").contains(sharedHostSlots),
          "cluster.sharedHostSlots must be auto, on or off");
      pollMillis = pollMillis <= 0 ? 100 : pollMillis;
    }

    /** Whether host turns are shared, for a node whose scheduler is (or is not) clustered. */
    public boolean shared(boolean clustered) {
      return sharedHostSlots.equals("on") || sharedHostSlots.equals("auto") && clustered;
    }
  }

  public CrawlerConfig {
    String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
    if (!ua.contains("http://") && !ua.contains("https://")) {
      throw new IllegalArgumentException(
          "userAgent must name the observatory and give a contact URL (http:// or https://)");
    }
    allowedAddressRanges = allowedAddressRanges == null ? List.of()
        : allowedAddressRanges.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
    allowedAddressRanges.forEach(gt.observatorio.crawler.http.Cidr::parse);
    require(maxConcurrency >= 1, "maxConcurrency must be at least 1");
    require(perHostConcurrency >= 1, "perHostConcurrency must be at least 1");
    require(perHostDelayMillis >= 0, "perHostDelayMillis must not be negative");
    require(maxRedirects >= 0, "maxRedirects must not be negative");
    require(rangeBytes >= 1, "rangeBytes must be at least 1");
    require(maxBodyBytes >= 1 && maxDecompressedBytes >= 1, "byte limits must be positive");
    require(limits != null && robots != null && ckan != null && html != null,
        "limits, robots, ckan and html sections are required");
    content = content == null ? new Content(true, 1_048_576, 4_194_304) : content;
    require(content.maxBytes() >= 1, "content.maxBytes must be at least 1");
    cluster = cluster == null ? new Cluster("auto", 100) : cluster;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Binds section {@code crawler} of a loaded configuration. */
  public static CrawlerConfig from(ConfigLoader loader) {
    return loader.bind(SECTION, CrawlerConfig.class);
  }

  /** The documented defaults alone (no user file, no environment): handy in tests. */
  public static CrawlerConfig defaults() {
    return from(ConfigLoader.load(List.of(DEFAULTS_RESOURCE), java.util.Optional.empty(), java.util.Map.of()));
  }

  /** A copy with {@code allowPrivateAddresses} set (the {@code --allow-private-addresses} flag). */
  public CrawlerConfig withAllowPrivateAddresses(boolean allow) {
    return new CrawlerConfig(userAgent, allow, allowedAddressRanges, perHostDelayMillis,
        maxCrawlDelayMillis, maxRetryAfterMillis, maxConcurrency, perHostConcurrency,
        connectTimeoutMillis, readTimeoutMillis, totalTimeoutMillis, maxBodyBytes,
        maxDecompressedBytes, maxRedirects, rangeBytes, sniffContent, maxCatalogPages, limits, robots, ckan,
        html, content, cluster);
  }

  /** A copy with {@code cluster.sharedHostSlots} set ({@code auto}, {@code on} or {@code off}). */
  public CrawlerConfig withSharedHostSlots(String shared) {
    return new CrawlerConfig(userAgent, allowPrivateAddresses, allowedAddressRanges, perHostDelayMillis,
        maxCrawlDelayMillis, maxRetryAfterMillis, maxConcurrency, perHostConcurrency,
        connectTimeoutMillis, readTimeoutMillis, totalTimeoutMillis, maxBodyBytes,
        maxDecompressedBytes, maxRedirects, rangeBytes, sniffContent, maxCatalogPages, limits, robots, ckan,
        html, content, new Cluster(shared, cluster.pollMillis()));
  }
}
