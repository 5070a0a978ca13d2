package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import java.util.List;

/**
 * The datasets the action plan names as this institution's duty (SIINSAN open data, MSPAS's OC4IDS
 * projects, MINGOB's quarterly CAIMUS report, MINTRAB's monthly labour-mobility report, CONAMIGUA's
 * accountability data) are found among its harvested datasets. Institutions with no duty: not applicable.
 */
public final class PlanDuties implements AutomaticCriterion {
  @Override
  public String id() {
    return "key-datasets.plan-duties";
  }

  @Override
  public Text title() {
    return Text.of("Datos que el plan de acción le obliga a publicar", "Data the action plan obliges it to publish");
  }

  @Override
  public Text rationale() {
    return Text.of("Son compromisos públicos con fecha, asumidos por la institución ante la Alianza para el Gobierno"
        + " Abierto.", "They are public, dated commitments the institution made in the Open Government Partnership.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minPercent", 100,
        Text.of("Porcentaje mínimo de obligaciones cubiertas", "Minimum share of duties covered (%)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    return KeyDatasetCoverage.coverage(input.keyDatasets().stream().filter(k -> k.keyDataset().duty()).toList(),
        c.param("minPercent"), Text.of("el plan no le asigna datos", "the plan assigns it no data"));
  }
}
