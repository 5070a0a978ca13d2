package gt.observatorio.crawler;

import gt.observatorio.crawler.http.HostResolver;
import gt.observatorio.engine.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test configurations through the real ConfigLoader path, with loopback allowed (and only it). */
public final class TestCrawler {
  public static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /**
   * Resolves "*.test" names: {@code metadata.test} to 169.254.169.254, {@code intranet.test} to
   * 10.1.2.3, {@code missing.test} fails; others are literal or localhost. Never asks real DNS.
   */
  public static final HostResolver RESOLVER = host -> {
    switch (host) {
      case "metadata.test": return new InetAddress[] {InetAddress.getByName("169.254.169.254")};
      case "intranet.test": return new InetAddress[] {InetAddress.getByName("10.1.2.3")};
      case "localhost": return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
      default:
        if (host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
          return InetAddress.getAllByName(host);
        }
        throw new UnknownHostException(host);
    }
  };

  private TestCrawler() {}

  /** Defaults, loopback allowed, no per-host pause, short timeouts; then {@code overrides} (key paths). */
  public static CrawlerConfig config(Map<String, String> overrides) {
    Map<String, String> keys = new HashMap<>();
    keys.put("crawler.allowedAddressRanges", "127.0.0.0/8,::1/128");
    keys.put("crawler.perHostDelayMillis", "0");
    keys.put("crawler.connectTimeoutMillis", "2000");
    keys.put("crawler.readTimeoutMillis", "2000");
    keys.put("crawler.totalTimeoutMillis", "5000");
    keys.put("crawler.ckan.backoffMillis", "10");
    keys.put("crawler.ckan.minRows", "1");
    keys.putAll(overrides);
    Map<String, String> env = new HashMap<>();
    keys.forEach((k, v) -> env.put(ConfigLoader.envName(k), v));
    return CrawlerConfig.from(ConfigLoader.load(List.of(CrawlerConfig.DEFAULTS_RESOURCE), Optional.empty(), env));
  }

  public static CrawlerContext context(Map<String, String> overrides) {
    return CrawlerContext.create(config(overrides), CLOCK, RESOLVER);
  }

  public static CrawlerContext context() {
    return context(Map.of());
  }

  /** A test resource as bytes. */
  public static byte[] resource(String path) {
    try (InputStream in = TestCrawler.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
