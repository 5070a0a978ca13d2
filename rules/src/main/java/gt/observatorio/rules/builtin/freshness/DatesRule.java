package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.Dates;
import java.util.ArrayList;
import java.util.List;

/**
 * The dataset's issued and modified dates are present, valid ISO 8601 and not in the future;
 * distribution dates, where declared, are valid too. One point per date checked.
 */
public final class DatesRule extends BaseRule {
  private static final String EXPECTED = "ISO 8601, p. ej./e.g. 2025-03-31 o 2025-03-31T10:00:00Z";

  public DatesRule() {
    super("freshness.dates", Dimension.FRESHNESS,
        Text.of("Fechas de publicación y modificación válidas", "Valid issue and modification dates"),
        Text.of("Sin fechas fiables no se puede saber si los datos están al día.",
            "Without reliable dates nobody can tell whether the data is current."),
        Text.of("Registre las fechas de publicación (dct:issued) y última modificación (dct:modified) en formato ISO 8601.",
            "Record the issue (dct:issued) and last modification (dct:modified) dates in ISO 8601."));
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset d = snapshot.dataset();
    long today = Dates.epochDay(snapshot.asOf());
    List<Finding> findings = new ArrayList<>(2);
    int max = 2;
    int ok = check(d.modified(), "dataset.modified", today, true, findings)
        + check(d.issued(), "dataset.issued", today, true, findings);
    List<Distribution> dists = d.distributions();
    for (int i = 0; i < dists.size(); i++) {
      Distribution dist = dists.get(i);
      if (!blank(dist.modified())) {
        max++;
        ok += check(dist.modified(), Paths.dist(i, "modified"), today, false, findings);
      }
      if (!blank(dist.issued())) {
        max++;
        ok += check(dist.issued(), Paths.dist(i, "issued"), today, false, findings);
      }
    }
    return ok == max ? pass(params) : partial(params, ok, max, findings);
  }

  private int check(String value, String path, long today, boolean required, List<Finding> out) {
    long day = Dates.epochDay(value);
    if (day == Dates.MISSING) {
      if (required) {
        out.add(finding(Severity.WARNING, Text.of("Falta la fecha " + path + ".", "The date " + path + " is missing."),
            Paths.observed(path, null), EXPECTED, path));
      }
      return 0;
    }
    if (day == Dates.MALFORMED) {
      out.add(finding(Severity.WARNING, Text.of("La fecha no es válida.", "The date is not valid."),
          Paths.observed(path, value), EXPECTED, path));
      return 0;
    }
    if (day > today + 1) {
      out.add(finding(Severity.WARNING, Text.of("La fecha está en el futuro.", "The date is in the future."),
          Paths.observed(path, value), "≤ " + Dates.format(today), path));
      return 0;
    }
    return 1;
  }
}
