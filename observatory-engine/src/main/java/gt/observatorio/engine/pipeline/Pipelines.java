package gt.observatorio.engine.pipeline;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Joining Vert.x futures from a worker thread (never from an event loop). */
final class Pipelines {
  private static final Logger LOG = LoggerFactory.getLogger(Pipelines.class);

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

  /**
   * Calls {@code action} until it succeeds or {@code retryFor} has passed (wall time), waiting 0.2 s
   * then twice as long each time, at most 5 s. Empty (the last failure logged) when it never succeeded.
   */
  static <T> Optional<T> retry(Supplier<T> action, Duration retryFor) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    long wait = 200;
    while (true) {
      try {
        return Optional.of(action.get());
      } catch (RuntimeException e) {
        if (System.nanoTime() + wait * 1_000_000 > deadline) {
          LOG.warn("still failing after retrying for {}", retryFor, e);
          return Optional.empty();
        }
        try {
          Thread.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return Optional.empty();
        }
        wait = Math.min(wait * 2, 5000);
      }
    }
  }
}
