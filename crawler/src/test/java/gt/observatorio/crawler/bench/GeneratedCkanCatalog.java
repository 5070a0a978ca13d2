package gt.observatorio.crawler.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CKAN portal of {@code total} generated datasets on a loopback port. Each
 * {@code package_search} page is generated when asked for (rows + start), so the server never holds
 * more than one page; dataset {@code i} is always the same.
 */
final class GeneratedCkanCatalog implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();
  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
  private final int total;
  private final int port;
  private final AtomicLong bytesServed = new AtomicLong();

  GeneratedCkanCatalog(int total) throws Exception {
    this.total = total;
    this.port = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get().actualPort();
  }

  String base() {
    return "http://127.0.0.1:" + port + "/";
  }

  long bytesServed() {
    return bytesServed.get();
  }

  private void handle(HttpServerRequest req) {
    if (!req.path().equals("/api/3/action/package_search")) {
      req.response().setStatusCode(404).end();
      return;
    }
    int rows = Math.min(1000, Integer.parseInt(req.getParam("rows", "10")));
    int start = Integer.parseInt(req.getParam("start", "0"));
    byte[] page = page(start, Math.max(0, Math.min(rows, total - start)));
    bytesServed.addAndGet(page.length);
    req.response().putHeader("Content-Type", "application/json;charset=utf-8").end(Buffer.buffer(page));
  }

  private byte[] page(int start, int n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 1600 + 256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("help", base() + "api/3/action/help_show?name=package_search");
      g.writeBooleanField("success", true);
      g.writeObjectFieldStart("result");
      g.writeNumberField("count", total);
      g.writeArrayFieldStart("results");
      for (int i = start; i < start + n; i++) {
        dataset(g, i);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void dataset(JsonGenerator g, int i) throws IOException {
    String id = uuid(i, 0);
    String org = "institucion-" + i % 60;
    String created = timestamp(i);
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", "conjunto-de-datos-" + i);
    g.writeStringField("title", "Ejecución presupuestaria municipal " + i + " (" + (2015 + i % 10) + ")");
    g.writeStringField("notes", "Montos aprobados, vigentes y devengados por programa y fuente de "
        + "financiamiento, registro " + i + ". Fuente: Sistema de Contabilidad Integrada (SICOIN).");
    g.writeStringField("license_id", i % 7 == 0 ? "notspecified" : "cc-by");
    g.writeStringField("metadata_created", created);
    g.writeStringField("metadata_modified", created);
    g.writeStringField("state", "active");
    g.writeStringField("type", "dataset");
    g.writeBooleanField("private", false);
    g.writeNumberField("num_resources", 2);
    g.writeObjectFieldStart("organization");
    g.writeStringField("id", uuid(i % 60, 1));
    g.writeStringField("name", org);
    g.writeStringField("title", "Institución pública " + i % 60);
    g.writeEndObject();
    g.writeArrayFieldStart("tags");
    for (String t : new String[] {"presupuesto", "municipal", "finanzas-publicas"}) {
      g.writeStartObject();
      g.writeStringField("name", t);
      g.writeStringField("display_name", t);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    g.writeStartObject();
    g.writeStringField("name", "economia");
    g.writeStringField("title", "Economía");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("extras");
    g.writeStartObject();
    g.writeStringField("key", "frecuencia");
    g.writeStringField("value", "mensual");
    g.writeEndObject();
    g.writeEndArray();
    g.writeArrayFieldStart("resources");
    resource(g, i, id, 2, "CSV", "text/csv", "csv");
    resource(g, i, id, 3, "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void resource(JsonGenerator g, int i, String pkg, int k, String format, String mime,
      String ext) throws IOException {
    String rid = uuid(i, k);
    g.writeStartObject();
    g.writeStringField("id", rid);
    g.writeStringField("package_id", pkg);
    g.writeStringField("name", "Ejecución " + i + " (" + format + ")");
    g.writeStringField("format", format);
    g.writeStringField("mimetype", mime);
    g.writeNumberField("size", 48213 + i % 1000);
    g.writeStringField("last_modified", timestamp(i));
    g.writeStringField("url", "https://datos.example.gt/dataset/" + pkg + "/resource/" + rid
        + "/download/ejecucion-" + i + "." + ext);
    g.writeEndObject();
  }

  private static String uuid(int i, int kind) {
    return String.format("%08x-%04x-4000-8000-%012x", i, kind, (long) i * 31 + kind);
  }

  private static String timestamp(int i) {
    return java.time.LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(i).toString() + ":00.000000";
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get();
  }
}
