package gt.observatorio.web.api;

import io.vertx.ext.web.Router;
import java.util.List;

/** The router the observatory serves and every operation mounted on it, for the contract test. */
public record RouteTable(Router router, List<ApiRoute> routes) {
  public RouteTable {
    routes = List.copyOf(routes);
  }
}
