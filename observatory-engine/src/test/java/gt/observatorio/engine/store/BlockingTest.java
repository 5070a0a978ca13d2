package gt.observatorio.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.testing.EngineFixture;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Blocking#await}: waits on plain threads and Vert.x workers, refuses event loops, maps failures. */
class BlockingTest {
  private Vertx vertx;

  @BeforeEach
  void setUp() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void tearDown() {
    EngineFixture.join(vertx.close());
  }

  /** A future completed later by the event loop, as the store's answers are. */
  private Future<String> later(String value) {
    Promise<String> p = Promise.promise();
    vertx.setTimer(50, id -> p.complete(value));
    return p.future();
  }

  @Test
  void aPlainThreadWaitsForTheAnswer() {
    assertThat(Blocking.await(later("listo"))).isEqualTo("listo");
  }

  @Test
  void aVertxWorkerWaitsForTheAnswer() {
    String got = EngineFixture.join(vertx.executeBlocking(() -> Blocking.await(later("en el worker"))));
    assertThat(got).isEqualTo("en el worker");
  }

  @Test
  void anEventLoopIsRefused() throws Exception {
    CompletableFuture<Throwable> refused = new CompletableFuture<>();
    vertx.runOnContext(v -> {
      try {
        Blocking.await(Future.succeededFuture("x"));
        refused.complete(null);
      } catch (Throwable t) {
        refused.complete(t);
      }
    });
    assertThat(refused.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("event-loop");
  }

  @Test
  void anUncheckedFailureComesBackAsItIsAndACheckedOneWrapped() {
    IllegalArgumentException unchecked = new IllegalArgumentException("sin fuente");
    assertThatThrownBy(() -> Blocking.await(Future.failedFuture(unchecked))).isSameAs(unchecked);
    IOException checked = new IOException("conexión rechazada");
    assertThatThrownBy(() -> Blocking.await(Future.failedFuture(checked)))
        .isInstanceOf(StoreException.class).hasCause(checked);
  }

  @Test
  void aSilenceLongerThanTheTimeoutIsAStoreFailure() {
    Future<String> never = Promise.<String>promise().future();
    assertThatThrownBy(() -> Blocking.await(never, Duration.ofMillis(100)))
        .isInstanceOf(StoreException.class).hasCauseInstanceOf(TimeoutException.class);
  }
}
