package gt.observatorio.engine.pipeline;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.concurrent.CompletionException;

/** Joining Vert.x futures from a worker thread (never from an event loop). */
final class Pipelines {
  private Pipelines() {}

  static <T> T join(Future<T> f) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("the crawl pipeline blocks: call it from a worker thread, not an event loop");
    }
    try {
      return f.toCompletionStage().toCompletableFuture().join();
    } catch (CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }
}
