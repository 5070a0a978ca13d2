package gt.observatorio.crawler.laip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishDatesTest {
  private static final YearMonth NOW = YearMonth.of(2025, 6);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Nómina enero 2025;                                2025-01
      Informe de ejecución de Enero de 2025;            2025-01
      Remuneraciones Ene-25.pdf;                        2025-01
      compras_directas_2025-03.xlsx;                    2025-03
      /wp-content/uploads/2025/04/informe.pdf;          2025-04
      Publicado el 31/01/2025;                          2025-01
      planilla 02-2025.pdf;                             2025-02
      viaticos_202505.xlsx;                             2025-05
      /ipo/04-Remuneraciones/2025/Marzo/nomina.pdf;     2025-03
      /ipo/2025/03-marzo/nomina.pdf;                    2025-03
      DICIEMBRE 2024;                                   2024-12
      Sept-24;                                          2024-09
      setiembre 2024;                                   2024-09
      Informe anual de archivo 2024;                    2024-01
      Ejecución febrero 2025 y enero 2025;              2025-02
      """)
  void readsTheLatestMonth(String text, String month) {
    assertThat(SpanishDates.latest(text, NOW)).contains(YearMonth.parse(month));
  }

  @ParameterizedTest(name = "\"{0}\" has no date")
  @CsvSource(delimiter = ';', textBlock = """
      Ley de Acceso a la Información Pública Decreto 57-2008
      Estructura orgánica
      Marzo
      Numeral 12
      Inventario 1999
      """)
  void findsNoDateWhereThereIsNone(String text) {
    assertThat(SpanishDates.latest(text, NOW)).isEmpty();
  }

  @Test
  void ignoresMonthsAfterTheCheckingDate() {
    assertThat(SpanishDates.latest("Plan 2025-2030, informe mayo 2025", NOW)).contains(YearMonth.of(2025, 5));
  }

  @Test
  void aLinksTextWinsOverItsUploadFolderAndItsHeadingIsTheLastResort() {
    assertThat(SpanishDates.ofLink("Informe - Abril 2025", "/wp-content/uploads/2025/05/informe.pdf", "", NOW))
        .contains(YearMonth.of(2025, 4));
    assertThat(SpanishDates.ofLink("Descargar", "/wp-content/uploads/2025/05/informe.pdf", "Marzo 2025", NOW))
        .contains(YearMonth.of(2025, 5));
    assertThat(SpanishDates.ofLink("Descargar", "/docs/informe.pdf", "Marzo 2025", NOW))
        .contains(YearMonth.of(2025, 3));
  }

  @Test
  void readsTheMonthOfAnHttpDate() {
    assertThat(SpanishDates.fromHttpDate("Tue, 04 Mar 2025 10:00:00 GMT")).contains(YearMonth.of(2025, 3));
    assertThat(SpanishDates.fromHttpDate("yesterday")).isEmpty();
  }
}
