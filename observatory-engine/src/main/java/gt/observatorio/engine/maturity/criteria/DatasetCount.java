package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import java.util.List;

/** The institution publishes at least a number of datasets in its catalogs. */
public final class DatasetCount implements AutomaticCriterion {
  @Override
  public String id() {
    return "catalog.datasets";
  }

  @Override
  public Text title() {
    return Text.of("Cantidad de conjuntos de datos publicados", "Number of datasets published");
  }

  @Override
  public Text rationale() {
    return Text.of("Abrir datos es una práctica sostenida, no un conjunto aislado.",
        "Opening data is a sustained practice, not one isolated dataset.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("min", 5, Text.of("Conjuntos mínimos", "Minimum datasets")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    int n = input.evidence().datasets().size();
    int min = (int) c.param("min");
    return CheckOutcome.of(n >= min, Text.of(n + " conjuntos de datos", n + " datasets"),
        Text.of("al menos " + min, "at least " + min),
        List.of("/api/v1/institutions/" + input.evidence().institution().code() + "/datasets"));
  }
}
