package gt.observatorio.web.api;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * One operation of the HTTP interface: its method, its path written as in {@code openapi.yaml}
 * ({@code /api/v1/datasets/{id}}), its OpenAPI {@code operationId} and its handlers in order
 * (guards first, the handler that replies last). {@code RouteTableTest} holds the table and the
 * document to each other.
 */
public record ApiRoute(HttpMethod method, String path, String operationId, List<Handler<RoutingContext>> handlers) {
  public ApiRoute {
    handlers = List.copyOf(handlers);
  }

  @SafeVarargs
  public static ApiRoute get(String path, String operationId, Handler<RoutingContext>... handlers) {
    return new ApiRoute(HttpMethod.GET, path, operationId, List.of(handlers));
  }

  @SafeVarargs
  public static ApiRoute post(String path, String operationId, Handler<RoutingContext>... handlers) {
    return new ApiRoute(HttpMethod.POST, path, operationId, List.of(handlers));
  }

  @SafeVarargs
  public static ApiRoute put(String path, String operationId, Handler<RoutingContext>... handlers) {
    return new ApiRoute(HttpMethod.PUT, path, operationId, List.of(handlers));
  }

  @SafeVarargs
  public static ApiRoute delete(String path, String operationId, Handler<RoutingContext>... handlers) {
    return new ApiRoute(HttpMethod.DELETE, path, operationId, List.of(handlers));
  }

  /** The path in Vert.x's notation ({@code /api/v1/datasets/:id}). */
  public String routerPath() {
    return path.replaceAll("\\{([A-Za-z0-9_]+)}", ":$1");
  }

  /** Adds this operation to a router. */
  public void mount(Router router) {
    Route r = router.route(method, routerPath());
    handlers.forEach(r::handler);
  }
}
