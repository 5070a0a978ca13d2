package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.InstitutionEvidence.Catalog;
import java.util.List;

/** At least a number of its registered catalogs were read in their latest crawl. */
public final class CatalogReachable implements AutomaticCriterion {
  @Override
  public String id() {
    return "catalog.reachable";
  }

  @Override
  public Text title() {
    return Text.of("Catálogo de datos presente y accesible", "Data catalog present and reachable");
  }

  @Override
  public Text rationale() {
    return Text.of("Sin un catálogo que responda, nadie encuentra los datos.",
        "Without a catalog that answers, nobody finds the data.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minSources", 1,
        Text.of("Fuentes leídas con éxito en su último rastreo", "Sources read successfully in their latest crawl")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    List<Catalog> all = input.evidence().catalogs();
    List<Catalog> ok = all.stream().filter(Catalog::reachable).toList();
    int min = (int) c.param("minSources");
    List<String> evidence = (ok.isEmpty() ? all : ok).stream().map(Catalog::url).toList();
    String seen = ok.size() + "/" + all.size();
    return CheckOutcome.of(ok.size() >= min, Text.of(seen + " fuentes leídas con éxito", seen + " sources read successfully"),
        Text.of("al menos " + min, "at least " + min), evidence);
  }
}
