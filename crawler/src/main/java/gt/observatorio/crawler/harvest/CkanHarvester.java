package gt.observatorio.crawler.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import gt.observatorio.crawler.CatalogSite;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Harvests a CKAN portal through the Action API v3. {@code package_search} is read page by page
 * (rows + start, oldest first so that new datasets do not shift the pages); a 5xx halves the page
 * size and backs off before retrying; the declared total is checked, and paging stops with a
 * {@code catalog.no_progress} issue when the pages make no progress ({@link CkanProgress}). When search is refused or
 * leaves datasets out, {@code package_list} + {@code package_show} fill in.
 *
 * <p>The catalog URI is the portal's base URL, e.g. {@code https://datos.gob.gt/}.
 */
public final class CkanHarvester implements Harvester {
  public static final String KIND = "ckan";
  private final CrawlerContext ctx;

  public CkanHarvester(CrawlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    URI base = Uris.asBase(catalog);
    String org = organization(catalog);
    Tally tally = new Tally(sink);
    JsonReader reader = new JsonReader(ctx, true);
    CrawlerConfig.Ckan cfg = ctx.config().ckan();
    int rows = Math.max(1, cfg.rows());
    int start = 0;
    long declared = -1;
    boolean searchRefused = false;
    CkanProgress progress = new CkanProgress();
    while (tally.pages() < ctx.config().maxCatalogPages()) {
      List<HarvestIssue> attemptIssues = new ArrayList<>();
      JsonNode page = null;
      for (int attempt = 0; attempt <= cfg.retries(); attempt++) {
        attemptIssues.clear();
        page = reader.get(searchUri(base, rows, start, org), attemptIssues);
        boolean serverError = page == null && reader.last().failure() == null && reader.last().status() >= 500;
        if (!serverError || attempt == cfg.retries()) {
          break;
        }
        rows = Math.max(Math.min(cfg.minRows(), rows), rows / 2);
        if (!sleep(cfg.backoffMillis() * (attempt + 1))) {
          break;
        }
      }
      if (page == null || !page.path("success").asBoolean(false) || !page.path("result").isObject()) {
        tally.issues().addAll(attemptIssues);
        if (page != null) {
          tally.issue(Issues.API_ERROR, searchUri(base, rows, start, org).toString(),
              "package_search did not succeed: " + abbreviate(page.path("error").toString()));
        }
        searchRefused = tally.pages() == 0 && (page != null || reader.last().status() / 100 == 4);
        break;
      }
      tally.issues().addAll(attemptIssues);
      tally.page();
      JsonNode result = page.get("result");
      declared = result.path("count").asLong(-1);
      JsonNode results = result.path("results");
      String url = searchUri(base, rows, start, org).toString();
      int repeated = 0;
      for (JsonNode pkg : CkanMapper.iterable(results)) {
        repeated += emit(pkg, base, tally, url) == Emitted.REPEATED ? 1 : 0;
      }
      int n = results.isArray() ? results.size() : 0;
      String stalled = progress.check(result, n, repeated, start);
      if (stalled != null) {
        tally.issue(Issues.NO_PROGRESS, url, stalled);
        break;
      }
      start += n;
      if (n == 0 || declared >= 0 && start >= declared) {
        break;
      }
    }
    if (tally.pages() >= ctx.config().maxCatalogPages()) {
      tally.issue(Issues.PAGE_LIMIT, base.toString(), "stopped after " + tally.pages() + " pages");
    }
    boolean incomplete = declared >= 0 && tally.datasets() < declared;
    if (searchRefused || incomplete) {
      new CkanListFallback(reader, base, org).fill(tally);
    }
    if (declared >= 0 && tally.datasets() < declared) {
      tally.issue(Issues.INCOMPLETE, base.toString(),
          "package_search declared " + declared + " datasets; " + tally.datasets() + " were read");
    }
    return tally.summary();
  }

  /** What became of one package. */
  enum Emitted { NEW, REPEATED, SKIPPED }

  static Emitted emit(JsonNode pkg, URI base, Tally tally, String url) {
    if (!pkg.isObject() || JsonFields.text(pkg, "id", "name", "title") == null) {
      tally.issue(Issues.MALFORMED_RECORD, url, "package without id, name or title skipped");
      return Emitted.SKIPPED;
    }
    if (tally.emit(CkanMapper.map(pkg, base))) {
      tally.alias(JsonFields.text(pkg, "name"));
      return Emitted.NEW;
    }
    return Emitted.REPEATED;
  }

  private static URI searchUri(URI base, int rows, int start, String org) {
    return base.resolve("api/3/action/package_search?q=*:*&rows=" + rows + "&start=" + start
        + "&sort=metadata_created%20asc"
        + (org == null ? "" : "&fq=" + URLEncoder.encode("organization:\"" + org + "\"", StandardCharsets.UTF_8)));
  }

  /**
   * The one organization to read, from the catalog URL's {@code organization} parameter (as in CKAN's own
   * {@code /dataset?organization=...}); null reads every organization.
   */
  static String organization(URI catalog) {
    String q = catalog.getRawQuery();
    if (q == null) {
      return null;
    }
    for (String pair : q.split("&")) {
      if (pair.startsWith("organization=") && pair.length() > "organization=".length()) {
        return URLDecoder.decode(pair.substring("organization=".length()), StandardCharsets.UTF_8).trim();
      }
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Registers the CKAN harvester. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new CkanHarvester(ctx);
    }

    @Override
    public int detectionOrder() {
      return 10;
    }

    @Override
    public boolean detectsSite(CatalogSite site) {
      return site.answers("api/3/action/status_show", status -> status.path("success").asBoolean(false));
    }
  }
}
