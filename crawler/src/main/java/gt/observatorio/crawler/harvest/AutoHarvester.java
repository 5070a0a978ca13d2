package gt.observatorio.crawler.harvest;

import gt.observatorio.crawler.CatalogKinds;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Harvests a source of kind {@code auto}: it asks every registered kind whether the catalog is one of
 * its own (see {@link HarvesterFactory}), then hands it to that kind's harvester. Today: the address's
 * extension (.ttl/.rdf/.jsonld: DCAT, .json: data.json, .xml: sitemap), then the site: CKAN, data.json,
 * OpenDataSoft, Socrata, and last any web page (which itself follows {@code <link rel="alternate">}).
 */
public final class AutoHarvester implements Harvester {
  public static final String KIND = "auto";
  private final CrawlerContext ctx;

  public AutoHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    Optional<HarvesterFactory> kind = detected(CatalogKinds.factories(), catalog, site(Uris.asBase(catalog)));
    if (kind.isEmpty()) {
      return new HarvestSummary(0, 0, 0, List.of(new HarvestIssue(Issues.UNKNOWN_KIND, catalog.toString(),
          "no registered catalog kind recognises it")));
    }
    return kind.get().create(ctx).harvest(catalog, sink);
  }

  /** The id of the kind of catalog at {@code catalog}, asking its site when the address does not tell. */
  public Optional<String> detect(URI catalog) {
    return detected(CatalogKinds.factories(), catalog, site(Uris.asBase(catalog))).map(HarvesterFactory::kind);
  }

  /** Of {@code kinds}, the first claiming the address, else the first by detection order recognising the site. */
  static Optional<HarvesterFactory> detected(List<HarvesterFactory> kinds, URI catalog, CatalogSite site) {
    List<HarvesterFactory> ordered = kinds.stream()
        .sorted(Comparator.comparingInt(HarvesterFactory::detectionOrder)).toList();
    return ordered.stream().filter(k -> k.detectsAddress(catalog)).findFirst()
        .or(() -> ordered.stream().filter(k -> k.detectsSite(site)).findFirst());
  }

  private CatalogSite site(URI base) {
    return path -> {
      URI uri = base.resolve(path);
      FetchResult r = ctx.fetcher().fetch(FetchRequest.document(uri, 1024 * 1024,
          ctx.config().robots().enabled() && ctx.config().robots().applyToApis(), "application/json"));
      if (!r.ok()) {
        return null;
      }
      List<HarvestIssue> ignored = new ArrayList<>();
      return JsonReader.parse(uri.toString(), r.body(), r.contentType(), ctx.config().limits().maxJsonDepth(),
          ignored);
    };
  }

  /** Registers auto-detection; {@code auto} itself is never detected. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new AutoHarvester(ctx);
    }
  }
}
