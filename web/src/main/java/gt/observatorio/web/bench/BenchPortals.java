package gt.observatorio.web.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated CKAN portals on loopback for the end-to-end benchmark: {@code hosts} servers (one per
 * loopback address), each with {@code perHost} datasets generated on the fly (nothing is held in
 * memory), alternately two and three CSV resources per dataset (2.5 on average).
 */
public final class BenchPortals {
  private static final byte[] CSV = "departamento,municipio,valor\nGuatemala,Mixco,120\n".getBytes(StandardCharsets.UTF_8);
  private static final String LAST_MODIFIED = "Mon, 02 Nov 2026 10:00:00 GMT";
  private final Vertx vertx;
  private final int hosts;
  private final int perHost;
  private final List<HttpServer> servers = new ArrayList<>();

  public BenchPortals(Vertx vertx, int hosts, int perHost) {
    this.vertx = vertx;
    this.hosts = hosts;
    this.perHost = perHost;
  }

  /** Starts the portals; the future gives their base URLs. */
  public Future<List<String>> start() {
    List<Future<HttpServer>> all = new ArrayList<>();
    for (int h = 0; h < hosts; h++) {
      String host = "127.0.1." + (10 + h);
      int index = h;
      all.add(vertx.createHttpServer().requestHandler(req -> handle(req, index)).listen(0, host));
    }
    return Future.all(all).map(v -> {
      List<String> urls = new ArrayList<>();
      for (int h = 0; h < hosts; h++) {
        HttpServer s = all.get(h).result();
        servers.add(s);
        urls.add("http://127.0.1." + (10 + h) + ":" + s.actualPort() + "/");
      }
      return urls;
    });
  }

  public static int resourcesOf(int dataset) {
    return dataset % 2 == 0 ? 2 : 3;
  }

  private void handle(HttpServerRequest req, int host) {
    String path = req.path();
    if (path.equals("/api/3/action/package_search")) {
      int rows = intParam(req, "rows", 10);
      int start = intParam(req, "start", 0);
      req.response().putHeader("content-type", "application/json; charset=utf-8")
          .end(Buffer.buffer(page(host, start, rows, "http://" + req.authority())));
    } else if (path.equals("/api/3/action/status_show")) {
      req.response().putHeader("content-type", "application/json").end("{\"success\":true,\"result\":{\"ckan_version\":\"2.10.4\"}}");
    } else if (path.equals("/robots.txt")) {
      req.response().putHeader("content-type", "text/plain").end("User-agent: *\nAllow: /\n");
    } else if (path.startsWith("/files/")) {
      req.response().putHeader("content-type", "text/csv; charset=utf-8").putHeader("last-modified", LAST_MODIFIED)
          .end(Buffer.buffer(CSV));
    } else {
      req.response().setStatusCode(404).end();
    }
  }

  private String page(int host, int start, int rows, String base) {
    int end = Math.min(perHost, start + rows);
    StringBuilder sb = new StringBuilder(Math.max(64, (end - start) * 900));
    sb.append("{\"success\":true,\"result\":{\"count\":").append(perHost).append(",\"results\":[");
    for (int i = start; i < end; i++) {
      if (i > start) {
        sb.append(',');
      }
      dataset(sb, host, i, base);
    }
    return sb.append("]}}").toString();
  }

  private static void dataset(StringBuilder sb, int host, int i, String base) {
    String id = "bench-" + host + "-" + i;
    boolean open = i % 3 != 0;
    sb.append("{\"id\":\"").append(id).append("\",\"name\":\"").append(id)
        .append("\",\"title\":\"Conjunto de prueba ").append(i).append(" del portal ").append(host)
        .append("\",\"notes\":\"").append(i % 4 == 0 ? "" : "Datos generados para la prueba de rendimiento.")
        .append("\",\"license_id\":\"").append(open ? "cc-by" : "notspecified")
        .append("\",\"metadata_created\":\"2024-01-15T10:00:00\",\"metadata_modified\":\"2026-")
        .append(String.format("%02d", 1 + i % 11)).append("-02T10:00:00\"")
        .append(",\"organization\":{\"name\":\"bench").append(host).append("\",\"title\":\"Institución ").append(host).append("\"}")
        .append(",\"maintainer_email\":\"datos@bench").append(host).append(".gob.gt\"")
        .append(",\"tags\":[{\"name\":\"prueba\"},{\"name\":\"rendimiento\"},{\"name\":\"tema").append(i % 50).append("\"}]")
        .append(",\"groups\":[{\"title\":\"Gobierno\"}]")
        .append(",\"extras\":[{\"key\":\"frequency\",\"value\":\"").append(i % 2 == 0 ? "mensual" : "anual").append("\"}]")
        .append(",\"resources\":[");
    for (int r = 0; r < resourcesOf(i); r++) {
      if (r > 0) {
        sb.append(',');
      }
      String url = base + "/files/" + i + "/" + r + ".csv";
      sb.append("{\"id\":\"").append(id).append('-').append(r).append("\",\"name\":\"recurso ").append(r)
          .append("\",\"format\":\"").append(r == 2 ? "XLS" : "CSV").append("\",\"url\":\"").append(url)
          .append("\",\"download_url\":\"").append(url).append("\",\"mimetype\":\"text/csv\"}");
    }
    sb.append("]}");
  }

  private static int intParam(HttpServerRequest req, String name, int dflt) {
    try {
      String v = req.getParam(name);
      return v == null ? dflt : Math.max(0, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  public Future<Void> stop() {
    List<Future<Void>> all = new ArrayList<>();
    servers.forEach(s -> all.add(s.close()));
    return Future.all(all).mapEmpty();
  }
}
