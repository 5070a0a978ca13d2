package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.http.FetchResult;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Harvests a data.json catalog (DCAT-US 1.1, DCAT-AR and similar). The catalog URI is the
 * data.json file itself, or a site base to which {@code data.json} is added. The document is read one
 * dataset at a time ({@link DataJsonStream}).
 */
public final class DataJsonHarvester implements Harvester {
  public static final String KIND = "datajson";
  private final CrawlerContext ctx;

  public DataJsonHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    URI uri = catalog.getPath() != null && catalog.getPath().toLowerCase().endsWith(".json")
        ? catalog : Uris.asBase(catalog).resolve("data.json");
    Tally tally = new Tally(sink);
    FetchResult r = new JsonReader(ctx, false).fetch(uri, tally.issues());
    if (r != null && DataJsonStream.read(r.body(), r.contentType(), uri.toString(),
        ctx.config().limits().maxJsonDepth(), tally)) {
      tally.page();
    }
    return tally.summary();
  }

  /** Maps a parsed data.json document (a local file, see {@link LocalCatalog}). */
  static void read(JsonNode root, String url, Tally tally) {
    JsonNode datasets = root.isArray() ? root : root.get("dataset");
    if (datasets == null || !datasets.isArray()) {
      tally.issue(Issues.API_ERROR, url, "no \"dataset\" array in data.json");
      return;
    }
    String publisher = DataJsonMapper.publisher(root.get("publisher"), null);
    Map<String, String> themes = new HashMap<>();
    DataJsonStream.themes(root.get("themeTaxonomy"), themes);
    for (JsonNode ds : datasets) {
      if (!ds.isObject() || JsonFields.text(ds, "identifier", "title") == null) {
        tally.issue(Issues.MALFORMED_RECORD, url, "dataset without identifier or title skipped");
        continue;
      }
      tally.emit(DataJsonMapper.map(ds, publisher, themes));
    }
  }

  /** Registers the data.json harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new DataJsonHarvester(ctx);
    }

    @Override
    public boolean detectsAddress(URI catalog) {
      return HarvesterFactory.path(catalog).endsWith(".json");
    }

    @Override
    public int detectionOrder() {
      return 20;
    }

    @Override
    public boolean detectsSite(CatalogSite site) {
      return site.answers("data.json", doc -> doc.isArray() || doc.path("dataset").isArray());
    }
  }
}
