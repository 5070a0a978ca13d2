package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.MessageRef;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import java.util.List;

/** The dataset has enough keywords: points in proportion up to {@code minCount}. */
public final class KeywordsRule extends BaseRule {
  private static final String MIN = "minCount";

  public KeywordsRule() {
    super("metadata.keywords", Dimension.METADATA,
        Text.of("Palabras clave", "Keywords"),
        Text.of("Las palabras clave hacen que el conjunto aparezca en las búsquedas.",
            "Keywords make the dataset show up in searches."),
        Text.of("Agregue palabras clave que un ciudadano usaría para buscar estos datos (dcat:keyword; en CKAN, tags).",
            "Add keywords a citizen would search for (dcat:keyword; in CKAN, tags)."));
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ParamSpec.integer(MIN, 3,
        Text.of("Número de palabras clave para puntaje completo", "Number of keywords for full points")));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    RuleOutcome[] byCount = params.bound(p -> new RuleOutcome[Math.max(1, p.integer(MIN))]);
    int min = byCount.length;
    int n = 0;
    for (String k : snapshot.dataset().keywords()) {
      if (!blank(k)) {
        n++;
      }
    }
    if (n >= min) {
      return pass(params);
    }
    RuleOutcome o = byCount[n];
    if (o == null) {
      o = outcome(params, n, min);
      byCount[n] = o;
    }
    return o;
  }

  private static final MessageRef TOO_FEW = MessageRef.of("too-few",
      "Hay {n} palabras clave; se esperan al menos {min}.", "There are {n} keywords; at least {min} are expected.");

  private RuleOutcome outcome(RuleParams params, int n, int min) {
    return partial(params, n, min, List.of(finding(n == 0 ? Severity.WARNING : Severity.INFO,
        TOO_FEW.with("n", n, "min", min),
        "keywords=" + n, "≥ " + min, Paths.dataset("keywords"))));
  }
}
