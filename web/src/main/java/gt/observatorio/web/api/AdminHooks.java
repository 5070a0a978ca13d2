package gt.observatorio.web.api;

import gt.observatorio.engine.domain.Source;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the admin API asks of the running observatory.
 *
 * @param crawl starts a crawl of a source in the background; null: crawls are refused (503)
 * @param sourcesChanged makes the crawl schedule match the enabled sources
 * @param cronProblem why a valid cron expression may not be a source's schedule (e.g. it fires more
 *     often than the minimum interval), in Spanish / English; empty when it may
 */
public record AdminHooks(Consumer<Source> crawl, Supplier<Future<Void>> sourcesChanged,
    Function<String, Optional<String>> cronProblem) {
  /** No crawls, no schedule. */
  public static final AdminHooks NONE = new AdminHooks(null, Future::succeededFuture);

  public AdminHooks {
    sourcesChanged = sourcesChanged == null ? Future::succeededFuture : sourcesChanged;
    cronProblem = cronProblem == null ? cron -> Optional.empty() : cronProblem;
  }

  public AdminHooks(Consumer<Source> crawl, Supplier<Future<Void>> sourcesChanged) {
    this(crawl, sourcesChanged, null);
  }
}
