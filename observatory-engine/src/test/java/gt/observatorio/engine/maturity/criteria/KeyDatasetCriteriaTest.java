package gt.observatorio.engine.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.Evidence;
import gt.observatorio.engine.maturity.MaturityModel;
import gt.observatorio.engine.maturity.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyDatasetCriteriaTest {
  private static final MaturityModel MODEL = Models.withKeys(
      Models.key("presupuesto", false, List.of(), List.of(), "presupuesto"),
      Models.key("compras", false, List.of(), List.of(), "compras", "contrataciones"),
      Models.key("empleo", false, List.of(), List.of("trabajo"), "empleo"),
      Models.key("salud", false, List.of(), List.of("salud"), "morbilidad"),
      Models.key("movilidad", true, List.of("MINTRAB"), List.of(), "movilidad laboral"));

  @ParameterizedTest(name = "titles [{0}] against {1} % is {2}")
  @CsvSource({
      "'Presupuesto 2026|Compras directas|Empleo formal', 100, MET",
      "'Presupuesto 2026|Empleo formal', 100, NOT_MET",
      "'Presupuesto 2026|Empleo formal', 50, MET",
      "'Ejecución del PRESUPUESTO|Contrataciones', 50, MET",
      "'Morbilidad por municipio', 1, NOT_MET",
      "'', 50, NOT_MET"})
  void coverageCountsTheKeyDatasetsOfItsTypeAndSector(String titles, double min, CriterionStatus expected) {
    Evidence e = Evidence.of();
    int i = 0;
    for (String t : titles.isEmpty() ? new String[0] : titles.split("\\|")) {
      e.dataset("d" + i++, t);
    }
    CheckOutcome o = new KeyDatasetCoverage().evaluate(e.input(MODEL),
        Evidence.criterion("key-datasets.coverage", Map.of("minPercent", min)));
    assertThat(o.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with [{1}] is {2}")
  @CsvSource({
      "MINTRAB, 'Informe mensual de movilidad laboral', MET",
      "MINTRAB, 'Movilidad', NOT_MET",
      "MINTRAB, '', NOT_MET",
      "MSPAS,   'Informe mensual de movilidad laboral', NOT_APPLICABLE"})
  void planDutiesAreTheDatasetsThePlanNamesForTheInstitution(String code, String title, CriterionStatus expected) {
    Evidence e = Evidence.of().institution(code, "ministerio", "trabajo");
    if (!title.isEmpty()) {
      e.dataset("d1", title);
    }
    CheckOutcome o = new PlanDuties().evaluate(e.input(MODEL),
        Evidence.criterion("key-datasets.plan-duties", Map.of("minPercent", 100.0)));
    assertThat(o.status()).isEqualTo(expected);
  }
}
