package gt.observatorio.web.api;

import io.vertx.ext.web.Router;
import java.util.List;

/** A part of the HTTP interface (read API, admin, Article 10, plan, operations): the operations it contributes. */
public interface RouteModule {
  /** Its operations, in the order they are mounted. */
  List<ApiRoute> routes();

  /** Mounts its operations alone (tests that serve one module); the observatory mounts all through {@link ApiRouter}. */
  default void mount(Router router) {
    routes().forEach(r -> r.mount(router));
  }
}
