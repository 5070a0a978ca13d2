package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Source;
import io.vertx.core.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the admin API asks of the running observatory.
 *
 * @param crawl starts a crawl of a source in the background; null: crawls are refused (503)
 * @param sourcesChanged makes the crawl schedule match the enabled sources
 */
public record AdminHooks(Consumer<Source> crawl, Supplier<Future<Void>> sourcesChanged) {
  /** No crawls, no schedule. */
  public static final AdminHooks NONE = new AdminHooks(null, Future::succeededFuture);

  public AdminHooks {
    sourcesChanged = sourcesChanged == null ? Future::succeededFuture : sourcesChanged;
  }
}
