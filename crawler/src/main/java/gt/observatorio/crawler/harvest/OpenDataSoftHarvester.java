package gt.observatorio.crawler.harvest;

import static gt.observatorio.crawler.harvest.JsonFields.text;
import static gt.observatorio.crawler.harvest.JsonFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Harvests an OpenDataSoft portal: the Explore API v2.1 catalog
 * ({@code /api/explore/v2.1/catalog/datasets}, limit + offset against {@code total_count}); when
 * that is missing (older platforms), the v1 search ({@code /api/datasets/1.0/search/}, rows + start
 * against {@code nhits}). Each dataset gets its CSV and JSON exports as distributions.
 */
public final class OpenDataSoftHarvester implements Harvester {
  public static final String KIND = "opendatasoft";
  private static final int LIMIT = 100;
  private final CrawlerContext ctx;

  public OpenDataSoftHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    URI base = Uris.asBase(catalog);
    Tally tally = new Tally(sink);
    JsonReader reader = new JsonReader(ctx, true);
    List<HarvestIssue> v2Issues = new ArrayList<>();
    boolean v2 = pages(reader, tally, base, true, v2Issues);
    if (!v2) {
      List<HarvestIssue> v1Issues = new ArrayList<>();
      if (!pages(reader, tally, base, false, v1Issues)) {
        tally.issues().addAll(v2Issues);
      }
      tally.issues().addAll(v1Issues);
    } else {
      tally.issues().addAll(v2Issues);
    }
    return tally.summary();
  }

  /** Reads every page of one API version; false when its first page could not be read. */
  private boolean pages(JsonReader reader, Tally tally, URI base, boolean v2, List<HarvestIssue> issues) {
    int offset = 0;
    int read = 0;
    while (tally.pages() < ctx.config().maxCatalogPages()) {
      URI uri = base.resolve(v2 ? "api/explore/v2.1/catalog/datasets?limit=" + LIMIT + "&offset=" + offset
          : "api/datasets/1.0/search/?rows=" + LIMIT + "&start=" + offset);
      JsonNode page = reader.get(uri, issues);
      JsonNode results = page == null ? null : page.get(v2 ? "results" : "datasets");
      if (results == null || !results.isArray()) {
        if (page != null) {
          issues.add(new HarvestIssue(Issues.API_ERROR, uri.toString(), "no results array"));
        }
        return read > 0;
      }
      tally.page();
      read++;
      for (JsonNode d : results) {
        String id = text(d, "dataset_id", "datasetid");
        if (id == null) {
          issues.add(new HarvestIssue(Issues.MALFORMED_RECORD, uri.toString(), "dataset without id skipped"));
          continue;
        }
        tally.emit(map(d, id, base, v2));
      }
      offset += results.size();
      long total = page.path(v2 ? "total_count" : "nhits").asLong(-1);
      if (results.isEmpty() || total >= 0 && offset >= total) {
        return true;
      }
    }
    return true;
  }

  static Dataset map(JsonNode d, String id, URI base, boolean v2) {
    JsonNode meta = v2 ? d.path("metas").path("default") : d.path("metas");
    JsonNode dcat = d.path("metas").path("dcat");
    String csv = v2 ? "api/explore/v2.1/catalog/datasets/" + id + "/exports/csv"
        : "explore/dataset/" + id + "/download/?format=csv";
    String json = v2 ? "api/explore/v2.1/catalog/datasets/" + id + "/exports/json"
        : "explore/dataset/" + id + "/download/?format=json";
    String modified = text(meta, "modified", "data_processed");
    String license = text(meta, "license_url", "license");
    List<Distribution> dists = List.of(
        new Distribution("CSV", null, base.resolve(csv).toString(), "CSV", "text/csv", null, license, null, modified, null),
        new Distribution("JSON", null, base.resolve(json).toString(), "JSON", "application/json", null, license,
            null, modified, null));
    String contact = text(dcat, "contact_email");
    String contactName = text(dcat, "contact_name");
    return new Dataset(id, text(meta, "title"), text(meta, "description"),
        text(meta, "publisher"), contactName != null && contact != null ? contactName + " <" + contact + ">"
            : contact != null ? contact : contactName,
        texts(meta.get("keyword")), texts(meta.get("theme")), text(meta, "license", "license_url"),
        text(dcat, "issued", "created"), modified, text(dcat, "accrualperiodicity"),
        firstNonNull(text(dcat, "spatial"), String.join(", ", texts(meta.get("territory")))),
        text(dcat, "temporal"), text(dcat, "accessrights"),
        base.resolve("explore/dataset/" + id + "/").toString(), dists, d.toString());
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : (b == null || b.isEmpty() ? null : b);
  }

  /** Registers the OpenDataSoft harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new OpenDataSoftHarvester(ctx);
    }

    @Override
    public int detectionOrder() {
      return 30;
    }

    @Override
    public boolean detectsSite(CatalogSite site) {
      return site.answers("api/explore/v2.1/catalog/datasets?limit=1", page -> page.has("total_count"));
    }
  }
}
