package gt.observatorio.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvHeadersTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "rank|posición / rank",
      "advice_es|consejo (español) / advice (Spanish)",
      "delta|cambio semanal / weekly change",
      "nivel / level|nivel / level"})
  void aColumnIdBecomesItsSpanishThenEnglishHeaderAndABilingualHeaderStaysAsGiven(String id, String header) {
    assertThat(CsvHeaders.label(id)).isEqualTo(header);
  }

  @ParameterizedTest
  @CsvSource({"rank", "code", "dataset_id", "message_en", "formats", "findings"})
  void theFirstRowOfAnExportIsBilingual(String id) {
    String first = new Csv(id).body("x.csv").bytes().toString();
    assertThat(first).isEqualTo("\uFEFF\"" + CsvHeaders.label(id) + "\"\r\n").contains(" / ");
  }
}
