package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Harvests a data.json catalog (DCAT-US 1.1, DCAT-AR and similar). The catalog URI is the
 * data.json file itself, or a site base to which {@code data.json} is added.
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
    JsonNode root = new JsonReader(ctx, false).get(uri, tally.issues());
    if (root != null) {
      tally.page();
      read(root, uri.toString(), tally);
    }
    return tally.summary();
  }

  /** Maps a parsed data.json document; shared with auto-detection. */
  static void read(JsonNode root, String url, Tally tally) {
    JsonNode datasets = root.isArray() ? root : root.get("dataset");
    if (datasets == null || !datasets.isArray()) {
      tally.issue(Issues.API_ERROR, url, "no \"dataset\" array in data.json");
      return;
    }
    String publisher = DataJsonMapper.publisher(root.get("publisher"), null);
    Map<String, String> themes = new HashMap<>();
    for (JsonNode t : CkanMapper.iterable(root.get("themeTaxonomy"))) {
      String id = JsonFields.text(t, "id");
      String label = JsonFields.text(t, "label", "title");
      if (id != null && label != null) {
        themes.put(id, label);
      }
    }
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
