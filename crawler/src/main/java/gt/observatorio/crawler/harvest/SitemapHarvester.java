package gt.observatorio.crawler.harvest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.crawler.probe.Formats;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Harvests a site through its XML sitemaps (crawler-commons): sitemap indexes are followed; every
 * data-file URL becomes a dataset of its own (modified = lastmod); dataset-like pages are read as
 * HTML within {@code html.maxPages}. The catalog URI is a sitemap, or a site whose robots.txt lists
 * sitemaps (else {@code /sitemap.xml}). Sitemaps with a DOCTYPE are refused; gzip is capped.
 */
public final class SitemapHarvester implements Harvester {
  public static final String KIND = "sitemap";
  private static final Pattern DATASET_PAGE = Pattern.compile("(?i).*/(dataset|datos|conjunto)[/-].*");
  private final CrawlerContext ctx;

  public SitemapHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    Tally tally = new Tally(sink);
    Deque<URI> queue = new ArrayDeque<>(start(catalog));
    Set<URI> seen = new HashSet<>(queue);
    int htmlPages = 0;
    HtmlHarvester html = new HtmlHarvester(ctx);
    while (!queue.isEmpty() && tally.pages() < ctx.config().maxCatalogPages()) {
      URI uri = queue.poll();
      AbstractSiteMap map = read(uri, tally);
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          URI c = Uris.resolve(uri, child.getUrl().toString());
          if (c != null && seen.add(c)) {
            queue.add(c);
          }
        }
      } else if (map instanceof SiteMap sm) {
        for (SiteMapURL u : sm.getSiteMapUrls()) {
          String url = u.getUrl().toString();
          if (HtmlPages.isDataFile(url)) {
            tally.emit(fileDataset(url, u));
          } else if (DATASET_PAGE.matcher(url).matches() && htmlPages < ctx.config().html().maxPages()) {
            htmlPages++;
            Document doc = html.fetch(URI.create(url), tally);
            Dataset d = doc == null ? null : HtmlPages.toDataset(doc, URI.create(doc.location()));
            if (d != null) {
              tally.emit(d);
            }
          }
        }
      }
    }
    return tally.summary();
  }

  private List<URI> start(URI catalog) {
    String path = catalog.getPath() == null ? "" : catalog.getPath().toLowerCase();
    if (path.endsWith(".xml") || path.endsWith(".gz") || path.contains("sitemap")) {
      return List.of(catalog);
    }
    List<URI> fromRobots = ctx.robots().rulesFor(catalog).getSitemaps().stream()
        .map(s -> Uris.resolve(catalog, s)).filter(u -> u != null).toList();
    return fromRobots.isEmpty() ? List.of(Uris.asBase(catalog).resolve("/sitemap.xml")) : fromRobots;
  }

  private AbstractSiteMap read(URI uri, Tally tally) {
    FetchResult r = ctx.fetcher().fetch(FetchRequest.document(uri, ctx.config().maxBodyBytes(),
        ctx.config().robots().enabled(), "application/xml, text/xml;q=0.9, */*;q=0.1"));
    if (!r.ok()) {
      tally.issues().add(Issues.of(r));
      return null;
    }
    byte[] body = r.body();
    try {
      body = Gzip.inflateIfGzip(body, ctx.config().maxDecompressedBytes());
    } catch (java.io.IOException e) {
      tally.issue(Issues.TOO_LARGE, uri.toString(), e.getMessage());
      return null;
    }
    if (Xml.hasDoctype(body)) {
      tally.issue(Issues.MALFORMED_XML, uri.toString(), "DOCTYPE declarations are refused");
      return null;
    }
    try {
      AbstractSiteMap map = new SiteMapParser(false).parseSiteMap("application/xml", body, r.finalUri().toURL());
      tally.page();
      return map;
    } catch (Exception e) {
      tally.issue(Issues.MALFORMED_XML, uri.toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
      return null;
    }
  }

  private static Dataset fileDataset(String url, SiteMapURL u) {
    String name = url.replaceAll("[?#].*$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    String modified = u.getLastModified() == null ? null : u.getLastModified().toInstant().toString();
    Distribution d = new Distribution(name, url, url, Formats.ofName(url), null, null, null, null, modified, null);
    return new Dataset(url, name, null, null, null, List.of(), List.of(), null, null, modified, null, null,
        null, null, null, List.of(d), "<url><loc>" + url + "</loc>"
            + (modified == null ? "" : "<lastmod>" + modified + "</lastmod>") + "</url>");
  }

  /** Registers the sitemap harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new SitemapHarvester(ctx);
    }

    @Override
    public boolean detectsAddress(URI catalog) {
      String path = HarvesterFactory.path(catalog);
      return path.endsWith(".xml") || path.endsWith(".xml.gz");
    }
  }
}
