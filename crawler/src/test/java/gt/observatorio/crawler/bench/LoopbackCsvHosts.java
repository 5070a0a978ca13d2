package gt.observatorio.crawler.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A plain Vert.x HTTP server bound to many loopback addresses (127.0.0.10, 127.0.0.11, ...), each
 * serving the same small CSV under {@code /d/*}: HEAD answers the headers, a ranged GET 206, and
 * anything else 404 (so robots.txt allows all). Counts requests; when recording, keeps the arrival
 * time of every request per address, to check the pause between two requests to one host.
 */
final class LoopbackCsvHosts implements AutoCloseable {
  private static final Buffer CSV = Buffer.buffer(csv());
  private static final String LENGTH = Integer.toString(CSV.length());

  private final Vertx vertx;
  private final List<String> bases = new ArrayList<>();
  private final LongAdder requests = new LongAdder();
  private final LongAdder connections = new LongAdder();
  private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
  private volatile boolean recording;

  LoopbackCsvHosts(int hosts, int eventLoops) throws Exception {
    vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
    for (int i = 0; i < hosts; i++) {
      String host = "127.0.0." + (10 + i);
      HttpServer server = vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true))
          .requestHandler(this::handle).connectionHandler(c -> connections.increment());
      int port = server.listen(0, host).toCompletionStage().toCompletableFuture().get().actualPort();
      bases.add("http://" + host + ":" + port);
    }
  }

  /** {@code http://127.0.0.N:port} of every address. */
  List<String> bases() {
    return bases;
  }

  long requests() {
    return requests.sum();
  }

  /** TCP connections accepted so far (all addresses). */
  long connections() {
    return connections.sum();
  }

  /** Starts (clearing) or stops keeping arrival times. */
  void recording(boolean on) {
    if (on) {
      arrivals.clear();
    }
    recording = on;
  }

  /** Arrival times (nanoTime) per address while recording. */
  Map<String, List<Long>> arrivals() {
    return arrivals;
  }

  private void handle(HttpServerRequest req) {
    requests.increment();
    if (recording) {
      long now = System.nanoTime();
      List<Long> list = arrivals.computeIfAbsent(req.localAddress().hostAddress(),
          k -> java.util.Collections.synchronizedList(new ArrayList<>()));
      list.add(now);
    }
    HttpServerResponse r = req.response();
    if (!req.path().startsWith("/d/")) {
      r.setStatusCode(404).end();
      return;
    }
    r.putHeader("Content-Type", "text/csv; charset=utf-8");
    if (req.method() == HttpMethod.HEAD) {
      r.putHeader("Content-Length", LENGTH).end();
      return;
    }
    if (req.getHeader("Range") != null) {
      r.setStatusCode(206).putHeader("Content-Range", "bytes 0-" + (CSV.length() - 1) + "/" + LENGTH);
    }
    r.end(CSV);
  }

  private static byte[] csv() {
    StringBuilder sb = new StringBuilder("departamento,anio,mes,valor\n");
    String[] deps = {"Guatemala", "Quetzaltenango", "Escuintla", "Petén", "Huehuetenango", "Izabal"};
    for (int i = 0; i < 12; i++) {
      sb.append(deps[i % deps.length]).append(",2024,").append(1 + i).append(',').append(1000 + 37 * i).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get();
  }
}
