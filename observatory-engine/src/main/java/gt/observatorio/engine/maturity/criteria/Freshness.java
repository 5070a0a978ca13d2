package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.InstitutionEvidence.Quality;
import java.util.List;

/** The freshness dimension of its datasets (updated as often as they declare) reaches a minimum. */
public final class Freshness implements AutomaticCriterion {
  @Override
  public String id() {
    return "quality.freshness";
  }

  @Override
  public Text title() {
    return Text.of("Actualidad de sus conjuntos de datos", "Freshness of its datasets");
  }

  @Override
  public Text rationale() {
    return Text.of("Datos desactualizados no sirven para decidir ni para vigilar la gestión.",
        "Stale data serves neither decisions nor oversight.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("min", 60,
        Text.of("Valor mínimo de la dimensión actualidad (0-100)", "Minimum freshness dimension (0-100)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    Quality q = input.evidence().quality();
    double min = c.param("min");
    Text expected = Text.of("actualidad ≥ " + Figures.one(min), "freshness ≥ " + Figures.one(min));
    List<String> evidence = List.of("/api/v1/institutions/" + input.evidence().institution().code() + "/history");
    if (q.freshness() == null) {
      return new CheckOutcome(CriterionStatus.NOT_MEASURED, Text.of("actualidad no medida", "freshness not measured"),
          expected, evidence);
    }
    return CheckOutcome.of(q.freshness() >= min, Text.of("actualidad " + Figures.one(q.freshness()) + " (" + q.week()
        + ")", "freshness " + Figures.one(q.freshness()) + " (" + q.week() + ")"), expected, evidence);
  }
}
