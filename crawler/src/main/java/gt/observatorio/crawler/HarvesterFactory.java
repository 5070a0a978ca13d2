package gt.observatorio.crawler;

import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.Locale;

/**
 * One catalog kind: its id, its harvester and how auto-detection recognises it. Implementations are
 * listed in {@code META-INF/services/gt.observatorio.crawler.HarvesterFactory}: a new kind is a class
 * and a line. Each needs a public no-argument constructor. The registered kinds are the only ones the
 * registry, the admin API and the command line accept ({@link CatalogKinds}).
 *
 * <p>Auto-detection first asks every kind about the address alone ({@link #detectsAddress}); when none
 * claims it, the kinds that ask the site do so in ascending {@link #detectionOrder()}, and the first
 * that recognises it wins. A kind that overrides neither is never chosen by auto-detection.
 */
public interface HarvesterFactory {
  /** The id of the kind, e.g. {@code ckan}: lower case letters, digits and hyphens; one factory per id. */
  String kind();

  /** A harvester sharing the context's HTTP client, politeness and limits. */
  Harvester create(CrawlerContext ctx);

  /** Whether the address alone, without any request, shows a catalog of this kind (e.g. a {@code .ttl} file). */
  default boolean detectsAddress(URI catalog) {
    return false;
  }

  /** This kind's place among the kinds that ask the site: lower asks first. */
  default int detectionOrder() {
    return Integer.MAX_VALUE;
  }

  /** Whether the site answers like a catalog of this kind; {@code site} gives its JSON documents. */
  default boolean detectsSite(CatalogSite site) {
    return false;
  }

  /** The lower-case path of an address, empty when it has none: what address detection looks at. */
  static String path(URI catalog) {
    return catalog.getPath() == null ? "" : catalog.getPath().toLowerCase(Locale.ROOT);
  }
}
