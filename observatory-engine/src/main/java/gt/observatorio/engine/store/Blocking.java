package gt.observatorio.engine.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way blocking code waits for the store. The store answers with Vert.x futures (the API composes
 * them on the event loop); the pipeline, the compliance checks, the services and the commands run on the
 * observatory's own threads (crawl workers, Quartz, housekeeping, the command line), and the API's blocking
 * work (an evidence URL probed, a rule set compiled) on Vert.x workers: all of them wait here, through the
 * future's completion stage. Only event-loop threads are refused (waiting there would stop the loop that
 * delivers the answer). A failure is rethrown unchecked (a checked cause such as a refused connection wrapped
 * in {@link StoreException}), so that callers recovering from {@code RuntimeException} see every store
 * failure; an answer that does not come within the timeout is a {@link StoreException} too.
 */
public final class Blocking {
  /** The longest a store call may take by default (a rescore of a country's run included). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  private Blocking() {}

  /** Waits for the future's result, at most {@link #DEFAULT_TIMEOUT}. */
  public static <T> T await(Future<T> future) {
    return await(future, DEFAULT_TIMEOUT);
  }

  /**
   * Waits for the future's result on any thread but an event loop, at most {@code timeout}.
   *
   * @throws IllegalStateException on an event-loop thread
   * @throws StoreException on a checked failure, an interruption or a silence longer than {@code timeout}
   */
  public static <T> T await(Future<T> future, Duration timeout) {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("Blocking.await on an event-loop thread: " + Thread.currentThread().getName());
    }
    try {
      return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(e);
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (TimeoutException e) {
      throw new StoreException(e);
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    return cause instanceof RuntimeException r ? r : new StoreException(cause);
  }
}
