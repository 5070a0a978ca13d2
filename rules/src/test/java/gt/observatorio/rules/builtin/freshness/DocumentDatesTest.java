package gt.observatorio.rules.builtin.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.rules.vocab.Dates;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentDatesTest {
  private static final long TODAY = LocalDate.parse("2025-06-01").toEpochDay();

  @ParameterizedTest(name = "''{0}'' names {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      empleo_2024-03.csv            | 2024-03-01
      informe20240331.pdf           | 2024-03-31
      datos-202402.xlsx             | 2024-02-01
      Presupuesto 2023              | 2023-01-01
      Empleo formal 2015-2025       | 2025-01-01
      serie_2024_12_31.csv          | 2024-12-31
      plan 2026                     | null
      codigo 1234 y 99999           | null
      archivo.csv                   | null
      2025-13-01.csv                | 2025-01-01
      """)
  void datesInNamesAreFound(String name, String expected) {
    long day = DocumentDates.latest(name, TODAY);
    assertThat(Dates.valid(day) ? Dates.format(day) : null).isEqualTo(expected);
  }
}
