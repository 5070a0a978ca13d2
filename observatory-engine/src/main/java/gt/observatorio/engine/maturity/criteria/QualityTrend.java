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

/** The mean dataset score changed by at least a minimum since a quarter earlier (0: it did not fall). */
public final class QualityTrend implements AutomaticCriterion {
  @Override
  public String id() {
    return "quality.trend";
  }

  @Override
  public Text title() {
    return Text.of("Tendencia del puntaje de calidad en el último trimestre", "Quality score trend over the last quarter");
  }

  @Override
  public Text rationale() {
    return Text.of("Una institución madura mejora o sostiene su calidad en el tiempo, no solo una vez.",
        "A mature institution improves or sustains its quality over time, not once.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minDelta", 0,
        Text.of("Cambio mínimo en puntos (0 = no bajar)", "Minimum change in points (0 = not falling)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    Quality q = input.evidence().quality();
    double min = c.param("minDelta");
    Text expected = Text.of("cambio ≥ " + Figures.one(min) + " puntos", "change ≥ " + Figures.one(min) + " points");
    List<String> evidence = List.of("/api/v1/institutions/" + input.evidence().institution().code() + "/history");
    if (q.score() == null || q.previousScore() == null) {
      return new CheckOutcome(CriterionStatus.NOT_MEASURED, Text.of("sin puntaje de hace un trimestre para comparar",
          "no score from a quarter earlier to compare"), expected, evidence);
    }
    double delta = q.score() - q.previousScore();
    String seen = Figures.one(q.previousScore()) + " (" + q.previousWeek() + ") → " + Figures.one(q.score()) + " ("
        + q.week() + ")";
    return CheckOutcome.of(delta >= min, Text.of(seen, seen), expected, evidence);
  }
}
