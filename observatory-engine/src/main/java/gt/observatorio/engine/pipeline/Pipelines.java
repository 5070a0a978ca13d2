package gt.observatorio.engine.pipeline;

import io.vertx.core.Future;
import java.util.concurrent.CompletionException;

/** Joining Vert.x futures from a worker thread (never from an event loop). */
final class Pipelines {
  private Pipelines() {}

  static <T> T join(Future<T> f) {
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
