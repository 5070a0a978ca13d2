package gt.observatorio.engine.store;

import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.alerts.Event;
import gt.observatorio.engine.alerts.EventDetector;
import gt.observatorio.engine.alerts.InstitutionState;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventRepositoryTest {
  EngineFixture f;
  EventRepository events;

  @BeforeEach
  void setUp() {
    f = new EngineFixture(10);
    f.register("MUNI1", "muni1-ckan");
    f.register("MUNI2", "muni2-ckan");
    events = new EventRepository(f.db.pool());
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private static List<Event> detected(String code, String runId, Instant at) {
    InstitutionState before = new InstitutionState(code, 40, Map.of(), 2, Set.of("a", "b"), Set.of(), Set.of());
    InstitutionState after = new InstitutionState(code, 60, Map.of(), 1, Set.of("a", "b"), Set.of("u"), Set.of());
    return new EventDetector(5, 0.3).detect(runId, at, before, after);
  }

  @Test
  void storedEventsReadBackNewestFirstAndSavingTwiceStoresThemOnce() {
    Instant t1 = Instant.parse("2026-11-01T10:00:00Z");
    Instant t2 = Instant.parse("2026-11-08T10:00:00Z");
    List<Event> first = detected("MUNI1", "r1", t1);
    List<Event> second = detected("MUNI2", "r2", t2);
    join(events.saveAll(first));
    join(events.saveAll(first));
    join(events.saveAll(second));

    List<Event> national = join(events.recent(50));
    assertThat(national).hasSize(first.size() + second.size());
    assertThat(national.get(0).at()).isEqualTo(t2);
    assertThat(join(events.recent("MUNI1", 50))).containsExactlyInAnyOrderElementsOf(first);
  }
}
