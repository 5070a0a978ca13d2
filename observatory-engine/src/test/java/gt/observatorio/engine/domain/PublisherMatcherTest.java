package gt.observatorio.engine.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublisherMatcherTest {
  private static final PublisherMatcher MATCHER = new PublisherMatcher(List.of(
      new Institution("MINTRAB", "Ministerio de Trabajo y Previsión Social", "ministerio", "trabajo", "MINTRAB", null,
          List.of("MTPS"), null),
      new Institution("MSPAS", "Ministerio de Salud Pública y Asistencia Social", "ministerio", "salud", "MSPAS", null,
          List.of("Ministerio de Salud"), null),
      new Institution("MINEDUC", "Ministerio de Educación", "ministerio", "educacion", "MINEDUC", null, List.of(),
          null),
      new Institution("INE", "Instituto Nacional de Estadística", "instituto", "estadistica", "INE", null, List.of(),
          null)));

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
    // the code, the acronym, the name, an alias: ignoring case, accents and punctuation
    "MINTRAB                                                  | MINTRAB | MATCHED",
    "mintrab                                                  | MINTRAB | MATCHED",
    "Ministerio de Trabajo y Prevision Social                 | MINTRAB | MATCHED",
    "MINISTERIO DE TRABAJO Y PREVISIÓN SOCIAL.                | MINTRAB | MATCHED",
    "m.t.p.s.                                                 | -       | UNKNOWN",
    "MTPS                                                     | MINTRAB | MATCHED",
    "  ministerio   de salud                                  | MSPAS   | MATCHED",
    // the usual spellings of a name with its initials
    "Ministerio de Educación - MINEDUC                        | MINEDUC | MATCHED",
    "MINEDUC - Ministerio de Educación                        | MINEDUC | MATCHED",
    "Ministerio de Educación (MINEDUC)                        | MINEDUC | MATCHED",
    "Ministerio de Educación -MINEDUC-                        | MINEDUC | MATCHED",
    "Instituto Nacional de Estadística – INE                  | INE     | MATCHED",
    "INE - Algo que no es su nombre                           | INE     | MATCHED",
    // a name and initials of two different institutions: ambiguous, attributed to nobody
    "Ministerio de Educación (MSPAS)                          | -       | AMBIGUOUS",
    // nobody
    "Municipalidad de Mixco                                   | -       | UNKNOWN",
    "-                                                        | -       | UNKNOWN"})
  void aPublisherIsAttributedToTheInstitutionItNames(String publisher, String code, Attribution.Status status) {
    Attribution a = MATCHER.attribute(publisher);
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.institutionCode()).isEqualTo(code);
    assertThat(a.publisher()).isEqualTo(publisher);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Ministerio de Trabajo           | MINTRAB",
    "Ministerio de Salud Publica     | MSPAS",
    "Instituto Nacional de Estadistica de Guatemala | INE"})
  void anUnknownPublisherComesWithTheClosestInstitutions(String publisher, String closest) {
    Attribution a = MATCHER.attribute(publisher);
    if (a.status() == Attribution.Status.MATCHED) {
      assertThat(a.institutionCode()).isEqualTo(closest);
    } else {
      assertThat(a.closest()).first().isEqualTo(closest);
    }
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // a CKAN organization's title, name and id, together
    "Secretaría X  | mintrab     | MINTRAB | MATCHED",
    "Salud         | mspas       | MSPAS   | MATCHED",
    "Ministerio de Educación | mspas | -     | AMBIGUOUS"})
  void everySpellingOfThePublisherCounts(String title, String name, String code, Attribution.Status status) {
    Attribution a = MATCHER.attribute(title, List.of(title, name));
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.institutionCode()).isEqualTo(code);
    assertThat(a.publisher()).isEqualTo(title);
  }
}
