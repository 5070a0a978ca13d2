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
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Harvests a Socrata domain through its Discovery (catalog v1) API, {@code /api/catalog/v1},
 * paged with limit + offset against {@code resultSetSize}. Each dataset gets its CSV export and its
 * SODA JSON endpoint as distributions; the update frequency is read from the domain metadata.
 * Domains without the catalog API are read through the older views API ({@link SocrataViews}).
 */
public final class SocrataHarvester implements Harvester {
  public static final String KIND = "socrata";
  private static final int LIMIT = 100;
  private final CrawlerContext ctx;

  public SocrataHarvester(CrawlerContext ctx) {
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
    int offset = 0;
    while (tally.pages() < ctx.config().maxCatalogPages()) {
      URI uri = base.resolve("api/catalog/v1?only=dataset&limit=" + LIMIT + "&offset=" + offset);
      List<HarvestIssue> pageIssues = new ArrayList<>();
      JsonNode page = reader.get(uri, pageIssues);
      if (page == null && offset == 0 && reader.last().status() / 100 == 4) {
        List<HarvestIssue> viewIssues = new ArrayList<>();
        if (!SocrataViews.read(reader, base, tally, ctx.config().maxCatalogPages(), viewIssues)) {
          tally.issues().addAll(pageIssues);
        }
        tally.issues().addAll(viewIssues);
        break;
      }
      tally.issues().addAll(pageIssues);
      if (page == null) {
        break;
      }
      if (!page.path("results").isArray()) {
        tally.issue(Issues.API_ERROR, uri.toString(), "no \"results\" array");
        break;
      }
      tally.page();
      for (JsonNode item : page.get("results")) {
        if (text(item, "resource/id") == null) {
          tally.issue(Issues.MALFORMED_RECORD, uri.toString(), "result without resource.id skipped");
          continue;
        }
        tally.emit(map(item, base));
      }
      int n = page.get("results").size();
      offset += n;
      long total = page.path("resultSetSize").asLong(-1);
      if (n == 0 || total >= 0 && offset >= total) {
        if (total > tally.datasets() && n == 0) {
          tally.issue(Issues.INCOMPLETE, base.toString(), "declared " + total + ", read " + tally.datasets());
        }
        break;
      }
    }
    return tally.summary();
  }

  static Dataset map(JsonNode item, URI base) {
    JsonNode r = item.path("resource");
    JsonNode c = item.path("classification");
    String domain = firstNonNull(text(item, "metadata/domain"), base.getHost());
    String root = base.getHost().equalsIgnoreCase(domain) ? base.toString() : "https://" + domain + "/";
    String id = text(r, "id");
    List<String> keywords = new ArrayList<>(texts(c.get("domain_tags")));
    texts(c.get("tags")).stream().filter(t -> !keywords.contains(t)).forEach(keywords::add);
    List<String> themes = new ArrayList<>(texts(c.get("domain_category")));
    texts(c.get("categories")).stream().filter(t -> !themes.contains(t)).forEach(themes::add);
    String frequency = null;
    for (JsonNode kv : CkanMapper.iterable(c.get("domain_metadata"))) {
      String key = text(kv, "key");
      if (key != null && key.toLowerCase(Locale.ROOT).matches(".*(frequency|frecuencia|periodicidad).*")) {
        frequency = text(kv, "value");
      }
    }
    String modified = firstNonNull(text(r, "data_updated_at"), text(r, "updatedAt"));
    List<Distribution> dists = List.of(
        new Distribution("CSV", null, root + "api/views/" + id + "/rows.csv?accessType=DOWNLOAD", "CSV",
            "text/csv", null, text(item, "metadata/license"), null, modified, null),
        new Distribution("SODA API (JSON)", root + "resource/" + id + ".json", null, "JSON",
            "application/json", null, text(item, "metadata/license"), null, modified, null));
    return new Dataset(id, text(r, "name"), text(r, "description"),
        firstNonNull(text(r, "attribution"), text(item, "owner/display_name")),
        text(r, "contact_email"), keywords, themes, text(item, "metadata/license"),
        text(r, "createdAt"), modified, frequency, null, null, text(r, "provenance"),
        firstNonNull(text(item, "permalink"), text(item, "link")), dists, item.toString());
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  /** Registers the Socrata harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new SocrataHarvester(ctx);
    }

    @Override
    public int detectionOrder() {
      return 40;
    }

    @Override
    public boolean detectsSite(CatalogSite site) {
      return site.answers("api/catalog/v1?limit=1", page -> page.has("resultSetSize"));
    }
  }
}
