package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;

/**
 * Harvests a plain web portal. When the start page links a DCAT or data.json catalog with
 * {@code <link rel="alternate">}, that catalog is harvested instead. Otherwise every page with links
 * to data files becomes a dataset, and in-site pagination and dataset-like links are followed
 * within {@code html.maxDepth} and {@code html.maxPages}, obeying robots.txt.
 */
public final class HtmlHarvester implements Harvester {
  public static final String KIND = "html";
  static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
  private final CrawlerContext ctx;

  public HtmlHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    Tally tally = new Tally(sink);
    Deque<Map.Entry<URI, Integer>> queue = new ArrayDeque<>();
    Set<URI> seen = new HashSet<>();
    queue.add(Map.entry(catalog, 0));
    seen.add(catalog);
    while (!queue.isEmpty() && tally.pages() < ctx.config().html().maxPages()) {
      Map.Entry<URI, Integer> next = queue.poll();
      Document doc = fetch(next.getKey(), tally);
      if (doc == null) {
        continue;
      }
      URI page = URI.create(doc.location());
      if (next.getValue() == 0) {
        HarvestSummary delegated = delegate(doc, sink);
        if (delegated != null) {
          return delegated;
        }
      }
      Dataset d = HtmlPages.toDataset(doc, page);
      if (d != null) {
        tally.emit(d);
      }
      if (next.getValue() < ctx.config().html().maxDepth()) {
        for (URI u : HtmlPages.follow(doc, page)) {
          if (seen.add(u)) {
            queue.add(Map.entry(u, next.getValue() + 1));
          }
        }
      }
    }
    return tally.summary();
  }

  /** Fetches and parses a page (robots.txt obeyed); null with an issue when it failed. */
  Document fetch(URI uri, Tally tally) {
    FetchResult r = ctx.fetcher().fetch(FetchRequest.document(uri, ctx.config().maxBodyBytes(),
        ctx.config().robots().enabled(), ACCEPT));
    if (!r.ok()) {
      tally.issues().add(Issues.of(r));
      return null;
    }
    tally.page();
    return HtmlPages.parse(r.body(), r.contentType(), r.finalUri());
  }

  private HarvestSummary delegate(Document doc, Consumer<Dataset> sink) {
    Map<String, URI> alt = HtmlPages.alternates(doc);
    HarvestSummary s = null;
    if (alt.containsKey("dcat")) {
      s = new DcatHarvester(ctx).harvest(alt.get("dcat"), sink);
    }
    if ((s == null || s.datasets() == 0) && alt.containsKey("datajson")) {
      s = new DataJsonHarvester(ctx).harvest(alt.get("datajson"), sink);
    }
    return s != null && s.datasets() > 0 ? new HarvestSummary(s.datasets(), s.distributions(), s.pages() + 1,
        s.issues()) : null;
  }

  /** Registers the HTML harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new HtmlHarvester(ctx);
    }

    /** Any web page is read as HTML, after every other kind has declined. */
    @Override
    public int detectionOrder() {
      return 1000;
    }

    @Override
    public boolean detectsSite(CatalogSite site) {
      return true;
    }
  }
}
