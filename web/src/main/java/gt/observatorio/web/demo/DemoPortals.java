package gt.observatorio.web.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Simulated institutional portals on loopback, one HTTP server per institution, each on its own
 * loopback address (127.0.0.10, 127.0.0.11, ...) so that per-host politeness applies as on the web.
 * Each serves a CKAN Action API ({@code package_search}, {@code status_show}), robots.txt and the
 * files its catalog links to, as they are in the current simulated week.
 */
public final class DemoPortals {
  private final Vertx vertx;
  private final Clock clock;
  private final IntSupplier week;
  private final List<HttpServer> servers = new ArrayList<>();
  private final Map<String, String> baseUrls = new LinkedHashMap<>();

  public DemoPortals(Vertx vertx, Clock clock, IntSupplier week) {
    this.vertx = vertx;
    this.clock = clock;
    this.week = week;
  }

  /** Starts every portal; the future gives institution code → portal base URL. */
  public Future<Map<String, String>> start() {
    List<Future<?>> all = new ArrayList<>();
    for (int i = 0; i < Persona.ALL.size(); i++) {
      all.add(startOne(Persona.ALL.get(i), "127.0.0." + (10 + i)));
    }
    return Future.all(all).map(v -> Map.copyOf(baseUrls));
  }

  public static List<String> institutionCodes() {
    return Persona.ALL.stream().map(Persona::code).toList();
  }

  private Future<HttpServer> startOne(Persona p, String host) {
    Router router = Router.router(vertx);
    router.get("/robots.txt").handler(ctx -> ctx.response().putHeader("content-type", "text/plain")
        .end("User-agent: *\nDisallow: /privado/\n"));
    router.get("/api/3/action/status_show").handler(ctx -> json(ctx, new JsonObject()
        .put("success", true).put("result", new JsonObject().put("ckan_version", "2.10.4")
            .put("site_title", "Portal de datos abiertos " + p.code() + " (simulado)"))));
    router.get("/api/3/action/package_search").handler(ctx -> packageSearch(ctx, p));
    router.route("/archivos/*").handler(ctx -> file(ctx, p));
    return vertx.createHttpServer().requestHandler(router).listen(0, host)
        .recover(e -> vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"))
        .onSuccess(s -> {
          synchronized (this) {
            servers.add(s);
            String h = host;
            baseUrls.put(p.code(), "http://" + h + ":" + s.actualPort() + "/");
          }
        });
  }

  private void packageSearch(RoutingContext ctx, Persona p) {
    int rows = intParam(ctx, "rows", 10);
    int start = intParam(ctx, "start", 0);
    String base = "http://" + ctx.request().authority().toString();
    List<JsonObject> all = DemoCatalog.packages(p, week.getAsInt(), today(), base);
    List<JsonObject> page = all.subList(Math.min(start, all.size()), Math.min(start + rows, all.size()));
    json(ctx, new JsonObject().put("help", base + "/api/3/action/help_show?name=package_search")
        .put("success", true)
        .put("result", new JsonObject().put("count", all.size()).put("results", page)));
  }

  private void file(RoutingContext ctx, Persona p) {
    String path = ctx.request().path();
    if (path.startsWith("/archivos/eliminado/")) {
      ctx.response().setStatusCode(404).putHeader("content-type", "text/html; charset=utf-8")
          .end("<html><body><h1>404 - Archivo no encontrado</h1></body></html>");
      return;
    }
    if ("MINGOB".equals(p.code()) && ctx.request().method().name().equals("HEAD")) {
      ctx.response().setStatusCode(405).end();
      return;
    }
    String[] parts = path.split("/");
    LocalDate date;
    try {
      date = LocalDate.parse(parts[2]);
    } catch (RuntimeException e) {
      ctx.response().setStatusCode(404).end();
      return;
    }
    String file = parts[parts.length - 1];
    String ext = file.substring(file.lastIndexOf('.') + 1);
    byte[] body;
    String type;
    boolean soft404 = ext.equals("csv") && DemoCatalog.u(p, file.hashCode(), 21) < 0.12;
    if (soft404) {
      type = "text/html; charset=utf-8";
      body = "<!DOCTYPE html><html><body><p>El recurso se ha movido.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    } else {
      switch (ext) {
        case "csv" -> {
          type = "text/csv; charset=utf-8";
          body = "departamento,municipio,valor\nGuatemala,Mixco,120\nQuetzaltenango,Quetzaltenango,87\n".getBytes(StandardCharsets.UTF_8);
        }
        case "json" -> {
          type = "application/json";
          body = "[{\"departamento\":\"Guatemala\",\"valor\":120}]".getBytes(StandardCharsets.UTF_8);
        }
        case "xlsx" -> {
          type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
          body = new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        }
        default -> {
          type = "application/pdf";
          body = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        }
      }
    }
    ctx.response().putHeader("content-type", type)
        .putHeader("last-modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atTime(10, 0).atZone(ZoneOffset.UTC)))
        .end(io.vertx.core.buffer.Buffer.buffer(body));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static int intParam(RoutingContext ctx, String name, int dflt) {
    try {
      String v = ctx.request().getParam(name);
      return v == null ? dflt : Math.max(0, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  private static void json(RoutingContext ctx, JsonObject body) {
    ctx.response().putHeader("content-type", "application/json; charset=utf-8").end(body.encode());
  }

  public Future<Void> stop() {
    List<Future<?>> all = new ArrayList<>();
    servers.forEach(s -> all.add(s.close()));
    return Future.all(all).mapEmpty();
  }
}
