package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchRequest;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.SourceKind;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Harvests a source of kind {@code auto}: it finds out what the catalog is, then hands it to that
 * kind's harvester. Order: the URL's own extension (.ttl/.rdf/.jsonld, data.json, sitemap .xml);
 * CKAN ({@code api/3/action/status_show}); data.json; OpenDataSoft; Socrata; else the web page
 * (which itself follows {@code <link rel="alternate">} to DCAT or data.json).
 */
public final class AutoHarvester implements Harvester {
  private final CrawlerContext ctx;

  public AutoHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.AUTO;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    return harvesterFor(detect(catalog)).harvest(catalog, sink);
  }

  /** The kind of catalog at {@code catalog}; HTML when nothing else answers. */
  public SourceKind detect(URI catalog) {
    String path = catalog.getPath() == null ? "" : catalog.getPath().toLowerCase(Locale.ROOT);
    if (path.matches(".*\\.(ttl|rdf|jsonld|n3|nt|owl)$")) {
      return SourceKind.DCAT;
    }
    if (path.endsWith(".json")) {
      return SourceKind.DATAJSON;
    }
    if (path.endsWith(".xml") || path.endsWith(".xml.gz")) {
      return SourceKind.SITEMAP;
    }
    URI base = Uris.asBase(catalog);
    JsonNode ckan = probeJson(base.resolve("api/3/action/status_show"));
    if (ckan != null && ckan.path("success").asBoolean(false)) {
      return SourceKind.CKAN;
    }
    JsonNode dataJson = probeJson(base.resolve("data.json"));
    if (dataJson != null && (dataJson.isArray() || dataJson.path("dataset").isArray())) {
      return SourceKind.DATAJSON;
    }
    JsonNode ods = probeJson(base.resolve("api/explore/v2.1/catalog/datasets?limit=1"));
    if (ods != null && ods.has("total_count")) {
      return SourceKind.OPENDATASOFT;
    }
    JsonNode socrata = probeJson(base.resolve("api/catalog/v1?limit=1"));
    if (socrata != null && socrata.has("resultSetSize")) {
      return SourceKind.SOCRATA;
    }
    return SourceKind.HTML;
  }

  private JsonNode probeJson(URI uri) {
    FetchResult r = ctx.fetcher().fetch(FetchRequest.document(uri, 1024 * 1024,
        ctx.config().robots().enabled() && ctx.config().robots().applyToApis(), "application/json"));
    if (!r.ok()) {
      return null;
    }
    List<HarvestIssue> ignored = new ArrayList<>();
    return JsonReader.parse(uri.toString(), r.body(), r.contentType(), ignored);
  }

  private Harvester harvesterFor(SourceKind kind) {
    return switch (kind) {
      case CKAN -> new CkanHarvester(ctx);
      case DATAJSON -> new DataJsonHarvester(ctx);
      case DCAT -> new DcatHarvester(ctx);
      case SITEMAP -> new SitemapHarvester(ctx);
      case OPENDATASOFT -> new OpenDataSoftHarvester(ctx);
      case SOCRATA -> new SocrataHarvester(ctx);
      default -> new HtmlHarvester(ctx);
    };
  }

  /** Registers auto-detection. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public SourceKind kind() {
      return SourceKind.AUTO;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new AutoHarvester(ctx);
    }
  }
}
