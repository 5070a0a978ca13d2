package gt.observatorio.engine.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventDetectorTest {
  private static final EventDetector DETECTOR = new EventDetector(5.0, 0.3);
  private static final Instant AT = Instant.parse("2026-12-05T12:00:00Z");

  private static InstitutionState state(double overall, double dim, int rank, String datasets, String broken,
      String overdue) {
    return new InstitutionState("MINFIN", overall, Map.of("acceso", dim), rank, set(datasets), set(broken),
        set(overdue));
  }

  private static Set<String> set(String csv) {
    return csv.isBlank() ? Set.of() : Set.of(csv.split(";"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nothing changed        | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | ''  | ''  | ''",
      "score within threshold | 50 | 55 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | ''  | ''  | ''",
      "score over threshold   | 50 | 56 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | ''  | ''  | SCORE_MOVED",
      "dimension fell         | 50 | 50 | 60 | 40 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | ''  | ''  | DIMENSION_MOVED",
      "rank changed           | 50 | 50 | 60 | 60 | 1 | 3 | a;b;c | a;b;c | ''  | ''  | ''  | ''  | RANK_CHANGED",
      "link newly broken      | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | u1  | ''  | ''  | LINK_BROKEN",
      "link still broken      | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | u1  | u1  | ''  | ''  | ''",
      "link repaired          | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | u1  | ''  | ''  | ''  | LINK_REPAIRED",
      "dataset newly overdue  | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | ''  | b   | DATASET_OVERDUE",
      "dataset still overdue  | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a;b;c | ''  | ''  | b   | b   | ''",
      "one dataset gone       | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c;d | a;b;c | '' | '' | '' | '' | DATASET_DISAPPEARED",
      "catalog dropped        | 50 | 50 | 60 | 60 | 1 | 1 | a;b;c | a | ''  | ''  | ''  | ''  | DATASET_DISAPPEARED;DATASET_DISAPPEARED;CATALOG_DROPPED"})
  void detectsOnlyTheChangesThatCrossAThreshold(String name, double s0, double s1, double d0, double d1, int r0,
      int r1, String ds0, String ds1, String br0, String br1, String od0, String od1, String kinds) {
    List<Event> events = DETECTOR.detect("run-2", AT, state(s0, d0, r0, ds0, br0, od0),
        state(s1, d1, r1, ds1, br1, od1));
    List<EventKind> want = kinds.isBlank() ? List.of()
        : java.util.Arrays.stream(kinds.split(";")).map(EventKind::valueOf).toList();
    assertThat(events).extracting(Event::kind).containsExactlyElementsOf(want);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.institution()).isEqualTo("MINFIN");
      assertThat(e.at()).isEqualTo(AT);
      assertThat(e.link()).startsWith("/#/");
      assertThat(e.evidence()).isNotEmpty();
    });
  }

  @Test
  void theSameChangeDetectedTwiceHasTheSameIdAndADifferentRunAnother() {
    InstitutionState before = state(50, 60, 1, "a", "", "");
    InstitutionState after = state(50, 60, 1, "a", "u1;u2", "");
    List<Event> first = DETECTOR.detect("run-2", AT, before, after);
    List<Event> again = DETECTOR.detect("run-2", AT.plusSeconds(60), before, after);
    List<Event> other = DETECTOR.detect("run-3", AT, before, after);
    assertThat(first).extracting(Event::id).doesNotHaveDuplicates().containsExactlyElementsOf(
        again.stream().map(Event::id).toList());
    assertThat(other).extracting(Event::id).doesNotContainAnyElementsOf(first.stream().map(Event::id).toList());
  }

  @Test
  void anInstitutionNeverMeasuredBeforeHasOnlyItsFirstMeasurement() {
    List<Event> events = DETECTOR.detect("run-1", AT, null, state(50, 60, 3, "a;b", "u1", "a"));
    assertThat(events).extracting(Event::kind).containsExactly(EventKind.FIRST_MEASURED);
    assertThat(events.get(0).evidence()).containsEntry("puntaje", "50.0").containsEntry("posicion", "3")
        .containsEntry("conjuntos", "2");
    assertThat(events.get(0).link()).isEqualTo("/#/institucion/MINFIN");
  }

  @Test
  void anOverdueDatasetLinksToItsPageAndIsNamedInTheEvidence() {
    InstitutionState before = state(50, 60, 1, "7;8", "", "");
    InstitutionState after = new InstitutionState("MINFIN", 50, Map.of("acceso", 60.0), 1, Set.of("7", "8"), Set.of(),
        Set.of("8"), Map.of("8", "Presupuesto 2026"));
    List<Event> events = DETECTOR.detect("run-2", AT, before, after);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EventKind.DATASET_OVERDUE);
      assertThat(e.link()).isEqualTo("/#/conjunto/8");
      assertThat(e.evidence()).containsEntry("dataset", "Presupuesto 2026");
    });
  }

  @Test
  void everyKindHasASpanishAndAnEnglishLabel() {
    for (EventKind k : EventKind.values()) {
      assertThat(k.label().es()).isNotBlank().isNotEqualTo(k.label().en());
      assertThat(k.label().en()).isNotBlank();
    }
  }
}
