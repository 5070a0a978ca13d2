package gt.observatorio.web.services;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.WebConfig;
import gt.observatorio.web.api.RouteTable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the node's router on one port with one HTTP server per core: Vert.x shares the socket and spreads the
 * connections over the servers' event loops (a single server would serve every connection on one loop).
 */
public final class HttpLauncher implements AutoCloseable {
  /**
   * Request lines up to 32 KiB reach the router, so that an over-long query gets the API's own 400 with a
   * reason (problem+json) rather than the HTTP codec's bare 414.
   */
  private static final HttpServerOptions SERVER_OPTIONS = new HttpServerOptions().setMaxInitialLineLength(32 * 1024);

  private final Vertx vertx;
  private final NodeRouter router;
  private volatile List<HttpServer> servers = List.of();
  private volatile RouteTable routes;

  public HttpLauncher(Vertx vertx, NodeRouter router) {
    this.vertx = vertx;
    this.router = router;
  }

  /** Serves the node's router on {@code web.host} and {@code web.port} (0: a free one); gives the port bound. */
  public Future<Integer> serve(WebConfig web) {
    routes = router.build(vertx, web);
    return listen(routes.router(), web.host(), web.port());
  }

  /** What {@link #serve} mounted: the router and every operation on it; null before. */
  public RouteTable routes() {
    return routes;
  }

  private Future<Integer> listen(Router router, String host, int port) {
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    // Vert.x shares one random port among servers that ask with -1.
    int asked = port == 0 ? -1 : port;
    List<Future<HttpServer>> all = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      all.add(vertx.createHttpServer(SERVER_OPTIONS).requestHandler(router).listen(asked, host));
    }
    return Future.all(all).map(done -> {
      servers = all.stream().map(Future::result).toList();
      return servers.get(0).actualPort();
    });
  }

  /** Stops accepting requests. Blocking. */
  @Override
  public void close() {
    for (HttpServer server : servers) {
      Blocking.await(server.close());
    }
  }
}
