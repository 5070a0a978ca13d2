package gt.observatorio.web.laip.demo;

import gt.observatorio.crawler.laip.Art10Numeral;
import gt.observatorio.crawler.laip.Art10Numerals;
import gt.observatorio.web.demo.DemoNames;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Simulated Article 10 portals on loopback (127.0.0.60, .61, ...), one per {@link LaipDemoSite}, in
 * each layout the observatory reads: numbered sections, WordPress accordion, laip.gt pages, folder
 * listing. What they publish follows the simulated week and clock. The numbered-sections portals keep
 * numeral 4's documents in a folder their robots.txt disallows, so the demo shows "no verificable".
 */
public final class LaipDemoPortals {
  private final Vertx vertx;
  private final Clock clock;
  private final IntSupplier week;
  private final List<HttpServer> servers = new ArrayList<>();
  private final Map<String, String> indexUrls = new LinkedHashMap<>();

  public LaipDemoPortals(Vertx vertx, Clock clock, IntSupplier week) {
    this.vertx = vertx;
    this.clock = clock;
    this.week = week;
  }

  /** Starts every portal; the future gives institution code → its Article 10 page. */
  public Future<Map<String, String>> start() {
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < LaipDemoSite.ALL.size(); i++) {
      all.add(startOne(LaipDemoSite.ALL.get(i), "127.0.0." + (60 + i)));
    }
    return Future.all(all).map(v -> Map.copyOf(indexUrls));
  }

  private Future<HttpServer> startOne(LaipDemoSite site, String host) {
    Router r = Router.router(vertx);
    String robots = "User-agent: *\n" + (site.layout().equals("sections") ? "Disallow: " + LaipDemoPages.PRIVATE_DIR + "\n" : "");
    r.get("/robots.txt").handler(ctx -> ctx.response().putHeader("content-type", "text/plain").end(robots));
    String index = switch (site.layout()) {
      case "wordpress" -> "/informacion-publica-de-oficio/";
      case "listing" -> "/ipo/";
      case "laip.gt" -> "/";
      default -> "/transparencia/articulo-10";
    };
    r.get(index).handler(ctx -> html(ctx, switch (site.layout()) {
      case "wordpress" -> LaipDemoPages.wordpress(site, week.getAsInt(), now());
      case "listing" -> LaipDemoPages.listing("/ipo", Art10Numerals.all().stream()
          .filter(n -> site.publishes(n, week.getAsInt())).map(n -> folder(n)).toList());
      case "laip.gt" -> LaipDemoPages.laipIndex(site, week.getAsInt());
      default -> LaipDemoPages.sections(site, week.getAsInt(), now());
    }));
    r.get("/index.php/:page").handler(ctx -> numeralPage(ctx, site));
    r.get("/ipo/:folder/").handler(ctx -> folderPage(ctx, site));
    r.route().handler(ctx -> file(ctx, site));
    return vertx.createHttpServer().requestHandler(r).listen(0, host).onSuccess(s -> {
      servers.add(s);
      indexUrls.put(site.code(), "http://" + host + ":" + s.actualPort() + index);
    });
  }

  private static String folder(Art10Numeral n) {
    return String.format("%02d", n.number()) + "-" + DemoNames.slug(n.label()) + "/";
  }

  private void numeralPage(RoutingContext ctx, LaipDemoSite site) {
    String page = ctx.pathParam("page");
    int w = week.getAsInt();
    for (Art10Numeral n : Art10Numerals.all()) {
      boolean missing = n.number() % 7 == 0 && site.trendPerWeek() < 0 && w >= 3;
      if (page.equals(n.number() + "-" + DemoNames.slug(n.label())) && site.publishes(n, w) && !missing) {
        html(ctx, LaipDemoPages.laipNumeral(site, n, w, now()));
        return;
      }
    }
    ctx.response().setStatusCode(404).end("No encontrado");
  }

  private void folderPage(RoutingContext ctx, LaipDemoSite site) {
    int w = week.getAsInt();
    for (Art10Numeral n : Art10Numerals.all()) {
      if ((folder(n)).equals(ctx.pathParam("folder") + "/") && site.publishes(n, w)) {
        html(ctx, LaipDemoPages.listing("/ipo/" + ctx.pathParam("folder"), site.docs(n, w, now()).stream()
            .map(d -> DemoNames.slug(d.title()) + ".pdf").toList()));
        return;
      }
    }
    ctx.response().setStatusCode(404).end("No encontrado");
  }

  private void file(RoutingContext ctx, LaipDemoSite site) {
    String path = ctx.request().path();
    if (!path.endsWith(".pdf") || LaipDemoPages.brokenPaths(site, week.getAsInt(), now()).contains(path)) {
      ctx.response().setStatusCode(404).end("No encontrado");
      return;
    }
    ctx.response().putHeader("content-type", "application/pdf")
        .putHeader("last-modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(ZoneOffset.UTC)
            .minusDays(20))).end("%PDF-1.4\n% documento simulado / simulated document\n");
  }

  private YearMonth now() {
    return YearMonth.now(clock);
  }

  private static void html(RoutingContext ctx, String body) {
    ctx.response().putHeader("content-type", "text/html; charset=utf-8").end(body);
  }

  public Future<Void> stop() {
    return Future.all(servers.stream().map(HttpServer::close).toList()).mapEmpty();
  }
}
