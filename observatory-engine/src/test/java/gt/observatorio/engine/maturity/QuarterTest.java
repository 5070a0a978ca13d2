package gt.observatorio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {
  @ParameterizedTest(name = "{0} is in {1}, after {2}, ending {3}")
  @CsvSource({"2026-01-01, 2026-Q1, 2025-Q4, 2026-03-31", "2026-06-30, 2026-Q2, 2026-Q1, 2026-06-30",
      "2026-12-31, 2026-Q4, 2026-Q3, 2026-12-31"})
  void aDateFallsInItsCalendarQuarter(LocalDate day, String quarter, String previous, LocalDate end) {
    Quarter q = Quarter.of(day);
    assertThat(q).hasToString(quarter).isEqualTo(Quarter.parse(quarter));
    assertThat(q.previous()).hasToString(previous);
    assertThat(q.end()).isEqualTo(end);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-Q5", "2026Q1", "Q1-2026", ""})
  void aMalformedQuarterIsRefusedWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-Q4");
  }
}
