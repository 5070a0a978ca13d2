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

/** The institution's mean dataset score (default profile, latest week) reaches a minimum. */
public final class QualityScore implements AutomaticCriterion {
  @Override
  public String id() {
    return "quality.score";
  }

  @Override
  public Text title() {
    return Text.of("Puntaje medio de calidad de sus conjuntos de datos", "Mean quality score of its datasets");
  }

  @Override
  public Text rationale() {
    return Text.of("La calidad de los metadatos y de los archivos decide si los datos se pueden reutilizar.",
        "Metadata and file quality decide whether the data can be reused.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("min", 60, Text.of("Puntaje mínimo (0-100)", "Minimum score (0-100)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    Quality q = input.evidence().quality();
    double min = c.param("min");
    Text expected = Text.of("puntaje ≥ " + Figures.one(min), "score ≥ " + Figures.one(min));
    List<String> evidence = List.of("/api/v1/institutions/" + input.evidence().institution().code() + "/history");
    if (q.score() == null) {
      return new CheckOutcome(CriterionStatus.NOT_MEASURED, Text.of("ningún conjunto de datos calificado",
          "no dataset scored"), expected, evidence);
    }
    return CheckOutcome.of(q.score() >= min, Text.of("puntaje " + Figures.one(q.score()) + " (" + q.week() + ")",
        "score " + Figures.one(q.score()) + " (" + q.week() + ")"), expected, evidence);
  }
}
