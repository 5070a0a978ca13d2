package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.KeyDatasetMatch;
import java.util.List;

/**
 * A share of the key datasets expected of its type and sector (budget execution, procurement, staff and
 * salaries, services, the statistics of its sector) is found among its harvested datasets.
 */
public final class KeyDatasetCoverage implements AutomaticCriterion {
  @Override
  public String id() {
    return "key-datasets.coverage";
  }

  @Override
  public Text title() {
    return Text.of("Cobertura de los conjuntos de datos clave de su tipo y sector",
        "Coverage of the key datasets of its type and sector");
  }

  @Override
  public Text rationale() {
    return Text.of("Los datos que más se piden (presupuesto, compras, personal, servicios, estadísticas del sector)"
        + " deben estar abiertos primero.", "The data most asked for (budget, procurement, staff, services, sector"
        + " statistics) should be open first.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minPercent", 50,
        Text.of("Porcentaje mínimo de conjuntos clave encontrados", "Minimum share of key datasets found (%)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    return coverage(input.keyDatasets().stream().filter(k -> !k.keyDataset().duty()).toList(), c.param("minPercent"),
        Text.of("no tiene conjuntos clave asignados", "no key dataset applies to it"));
  }

  static CheckOutcome coverage(List<KeyDatasetMatch> keys, double min, Text none) {
    Text expected = Text.of("≥ " + Figures.one(min) + " % encontrados", "≥ " + Figures.one(min) + " % found");
    if (keys.isEmpty()) {
      return new CheckOutcome(CriterionStatus.NOT_APPLICABLE, none, expected, List.of());
    }
    List<KeyDatasetMatch> found = keys.stream().filter(KeyDatasetMatch::found).toList();
    String missing = keys.stream().filter(k -> !k.found()).map(k -> k.keyDataset().id()).reduce((a, b) -> a + ", " + b)
        .orElse("-");
    List<String> evidence = found.stream().flatMap(k -> k.matched().isEmpty() ? k.confirmed().stream()
        : k.matched().stream().map(d -> d.url() == null ? d.id() : d.url())).distinct().toList();
    String seen = found.size() + "/" + keys.size();
    return CheckOutcome.of(Figures.share(found.size(), keys.size()) >= min,
        Text.of(seen + " encontrados; faltan: " + missing, seen + " found; missing: " + missing), expected, evidence);
  }
}
