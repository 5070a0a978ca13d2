package gt.observatorio.web.plan.demo;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.web.demo.DemoNames;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Simulated evidence of the action plan on loopback (127.0.0.70): MINTRAB's monthly labour-mobility
 * reports (current), MINGOB's quarterly CAIMUS reports (late until week 3), SESAN's SIINSAN CSV,
 * CONAMIGUA's accountability as PDF (not open data), MSPAS's OC4IDS package with review findings and
 * MINEDUC's clean one.
 */
public final class PlanDemoEvidence {
  private final Vertx vertx;
  private final Clock clock;
  private final IntSupplier week;
  private HttpServer server;

  public PlanDemoEvidence(Vertx vertx, Clock clock, IntSupplier week) {
    this.vertx = vertx;
    this.clock = clock;
    this.week = week;
  }

  /** Starts the server; the future gives check id → URL, for {@code ActionPlan.withCheckUrls}. */
  public Future<Map<String, String>> start() {
    Router r = Router.router(vertx);
    r.get("/robots.txt").handler(ctx -> ctx.response().end("User-agent: *\n"));
    r.get("/mintrab/movilidad-laboral").handler(ctx -> reports(ctx, "Informe estadístico de movilidad laboral", 1, 1));
    r.get("/mingob/caimus").handler(ctx -> reports(ctx, "Informe trimestral de asignaciones a los CAIMUS",
        week.getAsInt() >= 3 ? 2 : 6, 3));
    r.get("/gobiernoabierto/mintrab-trimestral").handler(ctx -> reports(ctx, "Rendición de cuentas trimestral", 2, 3));
    r.get("/sesan/siinsan/datos.csv").handler(ctx -> ctx.response().putHeader("content-type", "text/csv")
        .end("departamento,casos_desnutricion_aguda\nAlta Verapaz,412\nChiquimula,265\n"));
    r.get("/conamigua/rendicion-de-cuentas.pdf").handler(ctx -> pdf(ctx));
    r.get("/mspas/oc4ids.json").handler(ctx -> json(ctx, OC4IDS.formatted("gt-2025-001", "", "\"currency\": \"GTQ\"")));
    r.get("/mineduc/oc4ids.json").handler(ctx -> json(ctx, OC4IDS.formatted("oc4ids-gt0002-2025-001",
        "Ampliación de 6 aulas", "\"currency\": \"GTQ\"")));
    r.route("/*").handler(ctx -> {
      if (ctx.request().path().endsWith(".pdf")) {
        pdf(ctx);
      } else {
        ctx.response().setStatusCode(404).end();
      }
    });
    return vertx.createHttpServer().requestHandler(r).listen(0, "127.0.0.70").map(s -> {
      server = s;
      String b = "http://127.0.0.70:" + s.actualPort();
      Map<String, String> urls = new LinkedHashMap<>();
      urls.put("mintrab-monthly-report", b + "/mintrab/movilidad-laboral");
      urls.put("mintrab-quarterly-accountability", b + "/gobiernoabierto/mintrab-trimestral");
      urls.put("mingob-caimus-quarterly", b + "/mingob/caimus");
      urls.put("siinsan-open-data", b + "/sesan/siinsan/datos.csv");
      urls.put("conamigua-open-data", b + "/conamigua/rendicion-de-cuentas.pdf");
      urls.put("mspas-oc4ids", b + "/mspas/oc4ids.json");
      urls.put("mineduc-oc4ids", b + "/mineduc/oc4ids.json");
      return urls;
    });
  }

  private void reports(RoutingContext ctx, String title, int lagMonths, int step) {
    YearMonth latest = YearMonth.now(clock).minusMonths(lagMonths);
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append(" (simulado)</title></head><body><h1>").append(title).append("</h1><ul>");
    for (int i = 0; i < 4; i++) {
      YearMonth m = latest.minusMonths((long) i * step);
      String name = DemoNames.month(m) + " " + m.getYear();
      sb.append("<li><a href=\"/docs/").append(DemoNames.slug(title + " " + name)).append(".pdf\">").append(title)
          .append(" - ").append(name).append("</a></li>");
    }
    ctx.response().putHeader("content-type", "text/html; charset=utf-8").end(sb.append("</ul></body></html>").toString());
  }

  private static void pdf(RoutingContext ctx) {
    ctx.response().putHeader("content-type", "application/pdf").end("%PDF-1.4\n% simulado\n");
  }

  private static void json(RoutingContext ctx, String body) {
    ctx.response().putHeader("content-type", "application/json").end(body);
  }

  private static final String OC4IDS = """
      {"version": "0.9", "uri": "http://127.0.0.70/oc4ids.json", "publishedDate": "2025-05-31T00:00:00Z",
       "publisher": {"name": "Institución simulada"},
       "projects": [{"id": "%s", "title": "Proyecto simulado", "description": "%s",
         "publicAuthority": {"id": "GT-AUT", "name": "Autoridad"},
         "parties": [{"id": "GT-AUT", "name": "Autoridad", "roles": ["publicAuthority"]}],
         "budget": {"amount": {"amount": 1000000, %s}}}]}
      """;

  public Future<Void> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
