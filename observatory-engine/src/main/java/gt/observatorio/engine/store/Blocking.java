package gt.observatorio.engine.store;

import io.vertx.core.Future;

/**
 * The one way blocking code waits for the store. The store answers with Vert.x futures (the API composes
 * them on the event loop); the pipeline, the compliance checks, the services and the commands run on the
 * observatory's own threads (crawl workers, Quartz, housekeeping, the command line) and wait here.
 * Vert.x's {@link Future#await()} does the waiting and refuses event loops and Vert.x workers; a failure
 * is rethrown unchecked (a checked cause such as a refused connection wrapped in {@link StoreException}),
 * so that callers recovering from {@code RuntimeException} see every store failure.
 */
public final class Blocking {
  private Blocking() {}

  public static <T> T await(Future<T> future) {
    try {
      return future.await();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException(e);
    }
  }
}
