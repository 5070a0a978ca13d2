package gt.observatorio.engine.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatVocabularyTest {
  private final FormatVocabulary v = FormatVocabulary.standard();

  @ParameterizedTest(name = "{0} is {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      text/csv                                                          | CSV        | CSV
      Text/CSV; charset=utf-8                                           | CSV        | CSV
      application/ld+json                                               | JSON_LD    | JSON-LD
      application/rdf+xml                                               | RDF_XML    | RDF
      text/turtle                                                       | RDF_TURTLE | TTL
      application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | XLSX       | XLSX
      application/rss+xml                                               | RSS        | RSS
      """)
  void aMediaTypeNamesItsFormat(String mediaType, String code, String shortName) {
    assertThat(v.byMediaType(mediaType)).satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.shortName()).isEqualTo(shortName);
    });
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      csv     | CSV
      XLSX    | XLSX
      jpg     | JPEG
      ttl     | RDF_TURTLE
      owl     | RDF_XML
      parquet | PARQUET
      """)
  void anExtensionNamesItsFormat(String extension, String code) {
    assertThat(v.byExtension(extension).code()).isEqualTo(code);
  }

  @Test
  void unknownTypesAndExtensionsNameNothing() {
    assertThat(v.byMediaType("application/x-unknown")).isNull();
    assertThat(v.byMediaType(null)).isNull();
    assertThat(v.byExtension("exe2")).isNull();
  }

  @ParameterizedTest(name = "{0}: open {1}, machine-readable {2}, EU table {3}")
  @CsvSource(delimiter = '|', textBlock = """
      CSV     | true  | true  | true
      XLSX    | false | true  | true
      PDF     | false | false | true
      HTML    | true  | false | true
      PARQUET | false | false | false
      """)
  void eachFormatCarriesTheMqaFlags(String code, boolean open, boolean machine, boolean eu) {
    Format f = v.byCode(code);
    assertThat(f.nonProprietary()).isEqualTo(open);
    assertThat(f.machineReadable()).isEqualTo(machine);
    assertThat(f.inEuTable()).isEqualTo(eu);
  }

  @Test
  void aNewFormatIsARow() {
    FormatVocabulary one = new FormatVocabulary(
        List.of(Map.of("code", "EXAMPLE", "label", "Example", "media_types", "application/x-example",
            "extensions", "example", "aliases", "", "data_file", "yes")),
        List.of(Map.of("list", "machine_readable", "eu_file_type_codes", "EXAMPLE")));
    assertThat(one.byExtension("example").shortName()).isEqualTo("EXAMPLE");
    assertThat(one.byMediaType("application/x-example").machineReadable()).isTrue();
    assertThat(one.byCode("EXAMPLE").inEuTable()).isFalse();
    assertThat(one.byCode("EXAMPLE").dataFile()).isTrue();
  }

  @Test
  void aFormatListedTwiceIsRefused() {
    Map<String, String> row = Map.of("code", "CSV", "label", "CSV", "media_types", "", "extensions", "", "aliases", "");
    assertThatThrownBy(() -> new FormatVocabulary(List.of(row, row), List.of()))
        .hasMessageContaining("CSV");
  }
}
