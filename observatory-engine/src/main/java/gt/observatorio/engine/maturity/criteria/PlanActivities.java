package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.InstitutionEvidence.PlanActivity;
import java.util.List;
import java.util.Objects;

/**
 * A share of the action-plan activities the institution is responsible for is completed (an editor's
 * status, or its automatic evidence checks passed). Institutions the plan does not name: not applicable.
 */
public final class PlanActivities implements AutomaticCriterion {
  @Override
  public String id() {
    return "plan.activities";
  }

  @Override
  public Text title() {
    return Text.of("Actividades del plan de acción completadas", "Action plan activities completed");
  }

  @Override
  public Text rationale() {
    return Text.of("El 6.º Plan de Acción de Gobierno Abierto compromete a las instituciones con actividades y fechas.",
        "The 6th Open Government Action Plan commits institutions to activities with dates.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minPercent", 100,
        Text.of("Porcentaje mínimo de actividades completadas", "Minimum share of activities completed (%)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    double min = c.param("minPercent");
    Text expected = Text.of("≥ " + Figures.one(min) + " % completadas", "≥ " + Figures.one(min) + " % completed");
    List<PlanActivity> acts = input.evidence().planActivities();
    if (!input.evidence().inPlan() || acts.isEmpty()) {
      return new CheckOutcome(CriterionStatus.NOT_APPLICABLE, Text.of("el plan no le asigna actividades",
          "the plan assigns it no activity"), expected, List.of("/plan.html"));
    }
    List<PlanActivity> done = acts.stream().filter(PlanActivity::completed).toList();
    List<String> evidence = acts.stream().map(PlanActivity::evidenceUrl).filter(Objects::nonNull).toList();
    String ids = done.stream().map(PlanActivity::id).reduce((a, b) -> a + ", " + b).orElse("-");
    String seen = done.size() + "/" + acts.size();
    return CheckOutcome.of(Figures.share(done.size(), acts.size()) >= min, Text.of(seen + " completadas (" + ids + ")",
        seen + " completed (" + ids + ")"), expected, evidence.isEmpty() ? List.of("/plan.html") : evidence);
  }
}
