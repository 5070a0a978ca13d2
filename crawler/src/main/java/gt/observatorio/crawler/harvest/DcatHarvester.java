package gt.observatorio.crawler.harvest;


import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Harvests a DCAT catalog in RDF/XML, Turtle or JSON-LD (the format from the Content-Type, the
 * name or the first bytes), following Hydra paging ({@code hydra:next}, {@code hydra:nextPage})
 * within the page limit. The catalog URI is the RDF document (e.g. CKAN's {@code catalog.ttl}). Each
 * page is streamed into datasets ({@link DcatStream}), so its size is bounded by the byte limit only.
 */
public final class DcatHarvester implements Harvester {
  public static final String KIND = "dcat";
  static final String ACCEPT = "text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, */*;q=0.1";
  private final CrawlerContext ctx;

  public DcatHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    Tally tally = new Tally(sink);
    Set<URI> seen = new HashSet<>();
    URI next = catalog;
    boolean robots = ctx.config().robots().enabled();
    CrawlerConfig.Limits limits = ctx.config().limits();
    while (next != null && seen.add(next)) {
      if (tally.pages() >= ctx.config().maxCatalogPages()) {
        tally.issue(Issues.PAGE_LIMIT, next.toString(), "stopped after " + tally.pages() + " pages");
        break;
      }
      FetchResult r = ctx.fetcher().fetch(FetchRequest.document(next, ctx.config().maxBodyBytes(), robots, ACCEPT));
      if (!r.ok()) {
        tally.issues().add(Issues.of(r));
        break;
      }
      DcatStream.Page page = DcatStream.read(r.body(), RdfReader.format(r.contentType(), next.getPath(), r.body()),
          r.finalUri().toString(), limits, tally);
      if (!page.read()) {
        break;
      }
      tally.page();
      next = page.next() == null ? null : Uris.resolve(r.finalUri(), page.next());
    }
    return tally.summary();
  }

  /** Registers the DCAT harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new DcatHarvester(ctx);
    }

    @Override
    public boolean detectsAddress(URI catalog) {
      return HarvesterFactory.path(catalog).matches(".*\\.(ttl|rdf|jsonld|n3|nt|owl)$");
    }
  }
}
