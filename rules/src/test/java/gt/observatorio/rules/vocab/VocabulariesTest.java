package gt.observatorio.rules.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gt.observatorio.rules.vocab.FreshnessThresholds.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabulariesTest {
  private final Vocabularies v = Vocabularies.standard();

  @ParameterizedTest(name = "format ''{0}'' is {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      xls                                                           | XLS
      Excel                                                         | XLS
      hoja de cálculo                                               | XLS
      HOJA DE CALCULO                                               | XLS
      application/vnd.ms-excel                                      | XLS
      text/csv                                                      | CSV
      'csv '                                                        | CSV
      .csv                                                          | CSV
      text/csv; charset=utf-8                                       | CSV
      http://publications.europa.eu/resource/authority/file-type/CSV | CSV
      https://www.iana.org/assignments/media-types/application/json | JSON
      GeoJSON                                                       | GEOJSON
      Shapefile                                                     | SHP
      application/vnd.openxmlformats-officedocument.spreadsheetml.sheet | XLSX
      RDF/XML                                                       | RDF_XML
      Página web                                                    | HTML
      datos                                                         | null
      """)
  void formatsResolveWhatPortalsWrite(String raw, String code) {
    FormatInfo f = v.formats().resolve(raw);
    assertThat(f == null ? null : f.code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}: open={1} machine-readable={2} stars={3}")
  @CsvSource({"CSV,true,true,3", "XLS,false,true,2", "XLSX,false,true,2", "PDF,false,false,1",
      "HTML,true,false,0", "RDF_TURTLE,true,true,5", "JSON,true,true,3", "ODS,true,true,3"})
  void formatFlagsComeFromTheMqaListsAndCkanStars(String code, boolean open, boolean machine, int stars) {
    FormatInfo f = v.formats().byCode(code);
    assertThat(f.nonProprietary()).isEqualTo(open);
    assertThat(f.machineReadable()).isEqualTo(machine);
    assertThat(f.stars()).isEqualTo(stars);
  }

  @ParameterizedTest(name = "URL {0} has extension format {1}")
  @CsvSource(nullValues = "null", value = {"https://x.gt/a/datos.csv,CSV", "https://x.gt/a.xlsx?download=1,XLSX",
      "https://x.gt/dataset/1,null", "https://x.gt/a.b/c,null", "https://x.gt/a.geojson#top,GEOJSON"})
  void urlExtensionsAreRecognised(String url, String code) {
    FormatInfo f = v.formats().fromUrlExtension(url);
    assertThat(f == null ? null : f.code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "licence ''{0}'' is {1}, open={2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      cc-by                                                          | CC-BY           | true
      CC-BY-4.0                                                      | CC-BY-4.0       | true
      https://creativecommons.org/licenses/by/4.0/deed.es            | CC-BY-4.0       | true
      http://creativecommons.org/licenses/by/4.0                     | CC-BY-4.0       | true
      creativecommons.org/licenses/by-sa/4.0/legalcode               | CC-BY-SA-4.0    | true
      http://publications.europa.eu/resource/authority/licence/CC0  | CC0-1.0         | true
      Creative Commons Atribución 4.0 Internacional                  | CC-BY-4.0       | true
      Dominio público                                                | other-pd        | true
      odc-odbl                                                       | ODbL-1.0        | true
      CC BY-NC 4.0                                                   | CC-BY-NC-4.0    | false
      Atribución-NoComercial-SinDerivadas 4.0 Internacional          | CC-BY-NC-ND-4.0 | false
      other-closed                                                   | other-closed    | false
      """)
  void licencesResolveWithTheirOpenDefinitionConformance(String raw, String id, boolean open) {
    LicenceInfo l = v.licences().resolve(raw);
    assertThat(l).isNotNull();
    assertThat(l.id()).isEqualTo(id);
    assertThat(l.open()).isEqualTo(open);
  }

  @Test
  void notSpecifiedIsAKnownValueThatDeclaresNoLicence() {
    assertThat(v.licences().resolve("notspecified").declared()).isFalse();
    assertThat(v.licences().resolve("Licencia propia del ministerio")).isNull();
  }

  @ParameterizedTest(name = "periodicity ''{0}'' is {1} days ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      mensual                                                      | 30       | REGULAR
      Trimestral                                                   | 90       | REGULAR
      anual                                                        | 365      | REGULAR
      semestral                                                    | 180      | REGULAR
      monthly                                                      | 30       | REGULAR
      Quarterly                                                    | 90       | REGULAR
      Every three months                                           | 90       | REGULAR
      R/P1M                                                        | 30       | REGULAR
      R/P3M                                                        | 90       | REGULAR
      P1Y                                                          | 365      | REGULAR
      R/P2W                                                        | 14       | REGULAR
      R/P0.5M                                                      | 15       | REGULAR
      R/PT1H                                                       | 0.041666666666666664 | REGULAR
      http://publications.europa.eu/resource/authority/frequency/MONTHLY | 30 | REGULAR
      http://purl.org/cld/freq/quarterly                           | 90       | REGULAR
      irregular                                                    | 0        | AS_NEEDED
      As needed                                                    | 0        | AS_NEEDED
      Live                                                         | 0        | AS_NEEDED
      http://publications.europa.eu/resource/authority/frequency/UNKNOWN | 0 | UNKNOWN
      """)
  void periodicitiesResolveToDays(String raw, double days, Periodicity.Kind kind) {
    Periodicity p = v.periodicities().resolve(raw);
    assertThat(p).isNotNull();
    assertThat(p.days()).isCloseTo(days, within(1e-9));
    assertThat(p.kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "periodicity ''{0}'' is not understood")
  @CsvSource({"cuando hay presupuesto", "R/P", "P1X", "R1M"})
  void nonsenseIsNotAPeriodicity(String raw) {
    assertThat(v.periodicities().resolve(raw)).isNull();
  }

  @ParameterizedTest(name = "{0}-day period, {1} days old: {2}")
  @CsvSource({"1,0,UP_TO_DATE", "1,1,DUE", "1,2,OVERDUE", "1,3,DELINQUENT",
      "7,6,UP_TO_DATE", "7,7,DUE", "7,14,OVERDUE", "7,21,DELINQUENT",
      "30,29,UP_TO_DATE", "30,30,DUE", "30,44,OVERDUE", "30,60,DELINQUENT",
      "90,119,DUE", "90,120,OVERDUE", "90,150,DELINQUENT",
      "365,364,UP_TO_DATE", "365,425,OVERDUE", "365,455,DELINQUENT",
      "730,780,DUE", "730,791,OVERDUE", "0.04,0,UP_TO_DATE", "0.04,1,DUE"})
  void freshnessFollowsTheHdxThresholds(double period, double age, Status status) {
    assertThat(v.freshness().status(period, age)).isEqualTo(status);
  }

  @ParameterizedTest(name = "date ''{0}'' is {1}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      2025-03-31                       | 2025-03-31
      2025-03-31T10:00:00Z             | 2025-03-31
      2025-03-31T10:00:00.123456       | 2025-03-31
      2025-03-31 10:00:00              | 2025-03-31
      20250331                         | 2025-03-31
      2025-03                          | 2025-03-01
      2025                             | 2025-01-01
      Mon, 31 Mar 2025 10:00:00 GMT    | 2025-03-31
      31/03/2025                       | MALFORMED
      2025-02-30                       | MALFORMED
      2025-13-01                       | MALFORMED
      marzo 2025                       | MALFORMED
      Mon, 31 Foo 2025 10:00:00 GMT    | MALFORMED
      """)
  void datesAreReadOrReportedMalformed(String raw, String expected) {
    long day = Dates.epochDay(raw);
    assertThat(day == Dates.MALFORMED ? "MALFORMED" : Dates.format(day)).isEqualTo(expected);
  }

  @Test
  void aMissingDateIsNotAMalformedOne() {
    assertThat(Dates.epochDay((String) null)).isEqualTo(Dates.MISSING);
    assertThat(Dates.epochDay("  ")).isEqualTo(Dates.MISSING);
  }

  @ParameterizedTest(name = "access right ''{0}'' resolves to {1}, aligned={2}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      http://publications.europa.eu/resource/authority/access-right/PUBLIC | PUBLIC     | true
      PUBLIC                                                               | PUBLIC     | true
      public                                                               | PUBLIC     | true
      Acceso público                                                       | PUBLIC     | false
      restricted public                                                    | RESTRICTED | false
      """)
  void accessRightsResolve(String raw, String code, boolean aligned) {
    assertThat(v.accessRights().resolve(raw)).isEqualTo(code);
    assertThat(v.accessRights().aligned(raw) != null).isEqualTo(aligned);
  }

  @Test
  void theVocabularyHashIsStable() {
    assertThat(v.sha256()).hasSize(64).isEqualTo(Vocabularies.standard().sha256());
  }
}
