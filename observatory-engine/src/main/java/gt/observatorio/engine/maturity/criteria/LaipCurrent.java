package gt.observatorio.engine.maturity.criteria;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.engine.maturity.AutomaticCriterion;
import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.Criterion;
import gt.observatorio.engine.maturity.CriterionInput;
import gt.observatorio.engine.maturity.CriterionParam;
import gt.observatorio.engine.maturity.CriterionStatus;
import java.util.ArrayList;
import java.util.List;

/** A share of the 29 Article 10 numerals (Decreto 57-2008) is published and current on its portal. */
public final class LaipCurrent implements AutomaticCriterion {
  @Override
  public String id() {
    return "laip.current";
  }

  @Override
  public Text title() {
    return Text.of("Numerales del Artículo 10 publicados y vigentes", "Article 10 numerals published and current");
  }

  @Override
  public Text rationale() {
    return Text.of("La Ley de Acceso a la Información Pública obliga a publicar de oficio y mantener al día 29 numerales.",
        "The access-to-information law requires 29 numerals to be published proactively and kept current.");
  }

  @Override
  public List<CriterionParam> parameters() {
    return List.of(new CriterionParam("minPercent", 50,
        Text.of("Porcentaje mínimo de numerales vigentes", "Minimum share of current numerals (%)")));
  }

  @Override
  public CheckOutcome evaluate(CriterionInput input, Criterion c) {
    LaipChecklist l = input.evidence().laip();
    double min = c.param("minPercent");
    Text expected = Text.of("≥ " + Figures.one(min) + " % vigentes", "≥ " + Figures.one(min) + " % current");
    if (l == null || l.numerals().isEmpty()) {
      return new CheckOutcome(CriterionStatus.NOT_MEASURED, Text.of("portal del Artículo 10 no revisado",
          "Article 10 portal not checked"), expected, List.of());
    }
    long current = l.count(LaipStatus.CURRENT);
    int total = l.numerals().size();
    List<String> evidence = new ArrayList<>();
    evidence.add(l.portalUrl());
    l.numerals().stream().filter(n -> n.status() == LaipStatus.CURRENT).map(LaipNumeralCheck::evidence)
        .filter(e -> !e.isEmpty()).limit(5).forEach(e -> evidence.add(e.get(0)));
    String seen = current + "/" + total + " (" + Figures.percent(current, total) + " %)";
    return CheckOutcome.of(Figures.share(current, total) >= min, Text.of(seen + " vigentes al " + l.checkedAt(),
        seen + " current as of " + l.checkedAt()), expected, evidence);
  }
}
