package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import java.util.List;

/** The dataset has a meaningful title: long enough and not just its identifier. */
public final class TitleRule extends BaseRule {
  private static final String MIN = "minLength";
  private static final Text BAD = Text.of("El título falta, es muy corto o repite el identificador.",
      "The title is missing, too short or repeats the identifier.");

  public TitleRule() {
    super("metadata.title", Dimension.METADATA,
        Text.of("Título significativo", "Meaningful title"),
        Text.of("El título es lo primero que se lee y lo que encuentran los buscadores.",
            "The title is what people read first and what search engines find."),
        Text.of("Escriba un título que diga qué contiene el conjunto, no su código interno.",
            "Write a title that says what the dataset holds, not its internal code."));
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ParamSpec.integer(MIN, 5,
        Text.of("Largo mínimo del título, en caracteres", "Minimum title length, in characters")));
  }

  private record Bound(int min, String expected) {
    static Bound of(RuleParams p) {
      return new Bound(p.integer(MIN), "≥ " + p.integer(MIN) + " caracteres/characters, ≠ identifier");
    }
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    String title = snapshot.dataset().title();
    Bound b = params.bound(Bound::of);
    int min = b.min();
    String expected = b.expected();
    if (blank(title) || title.strip().length() < min
        || title.strip().equals(snapshot.dataset().identifier())) {
      return fail(params, finding(Severity.WARNING, BAD, Paths.observed("title", title), expected, "dataset.title"));
    }
    return pass(params);
  }
}
