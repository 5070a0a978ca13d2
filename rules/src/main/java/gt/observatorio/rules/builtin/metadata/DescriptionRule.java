package gt.observatorio.rules.builtin.metadata;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.ParamSpec;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import java.util.List;

/** The dataset has a description long enough to explain it, other than its title. */
public final class DescriptionRule extends BaseRule {
  private static final String MIN = "minLength";
  private static final Text SHORT = Text.of("La descripción es muy corta o repite el título.",
      "The description is too short or repeats the title.");

  public DescriptionRule() {
    super("metadata.description", Dimension.METADATA,
        Text.of("Descripción suficiente", "Sufficient description"),
        Text.of("La descripción explica qué mide el conjunto, de dónde viene y sus límites.",
            "The description explains what the dataset measures, where it comes from and its limits."),
        Text.of("Describa contenido, cobertura, fuente y método en unas frases (dct:description).",
            "Describe content, coverage, source and method in a few sentences (dct:description)."));
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ParamSpec.integer(MIN, 30,
        Text.of("Largo mínimo, en caracteres", "Minimum length, in characters")));
  }

  private record Bound(int min, Finding missing, String expectedShort) {}

  private Bound bind(RuleParams p) {
    int min = p.integer(MIN);
    return new Bound(min, finding(Severity.WARNING, Text.of("El conjunto no tiene descripción.",
        "The dataset has no description."), Paths.observed("description", null),
        "≥ " + min + " caracteres/characters", Paths.dataset("description")),
        "≥ " + min + " caracteres/characters, ≠ title");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset d = snapshot.dataset();
    String text = d.description();
    Bound b = params.bound(this::bind);
    int min = b.min();
    if (blank(text)) {
      return failFixed(params, b.missing());
    }
    String s = text.strip();
    if (s.length() < min || s.equalsIgnoreCase(d.title() == null ? "" : d.title().strip())) {
      return partial(params, 0.5, 1, List.of(finding(Severity.WARNING,
          SHORT, "description length=" + s.length(), b.expectedShort(), "dataset.description")));
    }
    return pass(params);
  }
}
