package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Source;
import java.util.function.Consumer;

/**
 * What the admin API asks of the running observatory.
 *
 * @param crawl starts a crawl of a source in the background; null: crawls are refused (503)
 * @param sourcesChanged makes the crawl schedule match the enabled sources; blocking, called off the event loop
 */
public record AdminHooks(Consumer<Source> crawl, Runnable sourcesChanged) {
  /** No crawls, no schedule. */
  public static final AdminHooks NONE = new AdminHooks(null, () -> { });

  public AdminHooks {
    sourcesChanged = sourcesChanged == null ? () -> { } : sourcesChanged;
  }
}
