package gt.observatorio.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.testing.EngineFixture;
import gt.observatorio.engine.testing.TestDatabase;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hosts' turns in {@code host_slot}: taken by one holder at a time, given back with a pause, deferred. */
class HostSlotRepositoryTest {
  private static final String HOST = "datos.example:443";
  private Vertx vertx;
  private Database db;
  private HostSlotRepository slots;

  @BeforeEach
  void setUp() {
    TestDatabase.reset();
    vertx = Vertx.vertx();
    db = TestDatabase.open(vertx);
    slots = new HostSlotRepository(db.pool());
  }

  @AfterEach
  void tearDown() {
    db.close();
    EngineFixture.join(vertx.close());
  }

  @Test
  void aTurnIsHeldByOneHolderAndGivenBackWithThePause() throws Exception {
    assertThat(slots.claim(HOST, "a", 60_000)).isZero();
    assertThat(slots.claim(HOST, "b", 60_000)).as("held by a").isGreaterThan(50_000);
    slots.release(HOST, "b", 0);
    assertThat(slots.claim(HOST, "b", 60_000)).as("only its holder gives a turn back").isGreaterThan(50_000);
    slots.release(HOST, "a", 300);
    long wait = slots.claim(HOST, "b", 60_000);
    assertThat(wait).as("the pause").isBetween(1L, 300L);
    Thread.sleep(wait + 5);
    assertThat(slots.claim(HOST, "b", 60_000)).isZero();
    assertThat(slots.claim("other.example:80", "c", 60_000)).as("hosts are apart").isZero();
  }

  @Test
  void aDeferralHoldsTheHostBackAndAHoldEnds() throws Exception {
    slots.defer(HOST, 500);
    assertThat(slots.claim(HOST, "a", 100)).isBetween(300L, 500L);
    Thread.sleep(520);
    assertThat(slots.claim(HOST, "a", 100)).isZero();
    Thread.sleep(120);
    assertThat(slots.claim(HOST, "b", 100)).as("a holder that never gives its turn back loses it at its hold time")
        .isZero();
  }

  @Test
  void aTurnCanBeTakenOnAVertxWorker() {
    long wait = EngineFixture.join(vertx.executeBlocking(() -> slots.claim(HOST, "worker", 1000)));
    assertThat(wait).isZero();
  }
}
