package gt.observatorio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyDatasetMatcherTest {
  private static final KeyDataset BUDGET = Models.key("presupuesto", false, List.of(), List.of(), "presupuesto",
      "ejecucion presupuestaria");

  @ParameterizedTest(name = "title \"{0}\", keyword \"{1}\" -> {2}")
  @CsvSource({
      "Presupuesto 2026, '', true",
      "EJECUCIÓN PRESUPUESTARIA mensual, '', true",
      "Informe, presupuesto, true",
      "Presupuestos participativos, '', false",
      "Informe de empleo, '', false",
      "ejecucion-presupuestaria_2025.csv, '', true"})
  void matchesWholeTermsInTitleOrKeywordsIgnoringCaseAndAccents(String title, String keyword, boolean found) {
    Evidence e = Evidence.of().dataset("d1", title, keyword.isEmpty() ? new String[0] : new String[] {keyword});
    KeyDatasetMatch m = KeyDatasetMatcher.match(Models.withKeys(BUDGET), e.build()).get(0);
    assertThat(m.found()).isEqualTo(found);
  }

  @ParameterizedTest(name = "{0} decision on a {1} dataset -> found {2}")
  @CsvSource({"confirmed, unmatched, true", "rejected, matched, false", "confirmed, matched, true"})
  void anEditorsDecisionOverridesTheMatch(String decision, String kind, boolean found) {
    Evidence e = Evidence.of().dataset("d1", "matched".equals(kind) ? "Presupuesto 2026" : "Cuadro 4")
        .decision("presupuesto", "d1", "confirmed".equals(decision));
    KeyDatasetMatch m = KeyDatasetMatcher.match(Models.withKeys(BUDGET), e.build()).get(0);
    assertThat(m.found()).isEqualTo(found);
  }

  @ParameterizedTest(name = "{0} {1}/{2} gets {3} key datasets")
  @CsvSource({"MINTRAB, ministerio, trabajo, 4", "MSPAS, ministerio, salud, 2", "SESAN, secretaria, trabajo, 2"})
  void keyDatasetsApplyByInstitutionTypeSectorAndCode(String code, String type, String sector, int expected) {
    MaturityModel model = Models.withKeys(BUDGET,
        Models.key("empleo", false, List.of(), List.of("trabajo"), "empleo"),
        new KeyDataset("dotacion", Models.T, List.of("ministerio"), List.of(), List.of(), List.of("x"), List.of(),
            false, "odin", null),
        Models.key("movilidad", true, List.of("MINTRAB"), List.of(), "movilidad laboral"));
    assertThat(KeyDatasetMatcher.match(model, Evidence.of().institution(code, type, sector).build()))
        .hasSize(expected);
  }
}
