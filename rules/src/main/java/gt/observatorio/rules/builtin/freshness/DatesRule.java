package gt.observatorio.rules.builtin.freshness;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.builtin.Facts;
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
  private static final Text MALFORMED = Text.of("La fecha no es válida.", "The date is not valid.");
  private static final Text FUTURE = Text.of("La fecha está en el futuro.", "The date is in the future.");
  private static final Paths.Field MODIFIED = Paths.field("modified");
  private static final Paths.Field ISSUED = Paths.field("issued");
  private static volatile Object[] lastDay;
  private final Finding missingModified;
  private final Finding missingIssued;

  public DatesRule() {
    super("freshness.dates", Dimension.FRESHNESS,
        Text.of("Fechas de publicación y modificación válidas", "Valid issue and modification dates"),
        Text.of("Sin fechas fiables no se puede saber si los datos están al día.",
            "Without reliable dates nobody can tell whether the data is current."),
        Text.of("Registre las fechas de publicación (dct:issued) y última modificación (dct:modified) en formato ISO 8601.",
            "Record the issue (dct:issued) and last modification (dct:modified) dates in ISO 8601."));
    missingModified = missing("dataset.modified");
    missingIssued = missing("dataset.issued");
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Dataset d = snapshot.dataset();
    Facts f = Facts.of(snapshot);
    List<Finding> findings = null;
    int max = 2;
    int ok = 0;
    if (good(f.datasetModified, f.today)) {
      ok++;
    } else {
      findings = add(findings, d.modified(), f.datasetModified, "dataset.modified", f.today, missingModified);
    }
    if (good(f.datasetIssued, f.today)) {
      ok++;
    } else {
      findings = add(findings, d.issued(), f.datasetIssued, "dataset.issued", f.today, missingIssued);
    }
    List<Distribution> dists = d.distributions();
    for (int i = 0; i < dists.size(); i++) {
      if (f.modified[i] != Dates.MISSING) {
        max++;
        if (good(f.modified[i], f.today)) {
          ok++;
        } else {
          findings = add(findings, dists.get(i).modified(), f.modified[i], MODIFIED.dist(i), f.today, null);
        }
      }
      if (f.issued[i] != Dates.MISSING) {
        max++;
        if (good(f.issued[i], f.today)) {
          ok++;
        } else {
          findings = add(findings, dists.get(i).issued(), f.issued[i], ISSUED.dist(i), f.today, null);
        }
      }
    }
    return ok == max ? pass(params) : partial(params, ok, max, findings);
  }

  private static boolean good(long day, long today) {
    return Dates.valid(day) && day <= today + 1;
  }

  private List<Finding> add(List<Finding> out, String value, long day, String path, long today, Finding missing) {
    List<Finding> list = out == null ? new ArrayList<>(2) : out;
    if (day == Dates.MISSING) {
      list.add(missing != null ? missing : missing(path));
    } else if (day == Dates.MALFORMED) {
      list.add(finding(Severity.WARNING, MALFORMED, Paths.observed(path, value), EXPECTED, path));
    } else {
      list.add(finding(Severity.WARNING, FUTURE, Paths.observed(path, value), notAfter(today), path));
    }
    return list;
  }

  private Finding missing(String path) {
    return finding(Severity.WARNING, Text.of("Falta la fecha " + path + ".", "The date " + path + " is missing."),
        Paths.observed(path, null), EXPECTED, path);
  }

  /** {@code ≤ YYYY-MM-DD}, remembered for the last day asked. */
  private static String notAfter(long today) {
    Object[] last = lastDay;
    if (last != null && (Long) last[0] == today) {
      return (String) last[1];
    }
    String s = "≤ " + Dates.format(today);
    lastDay = new Object[] {today, s};
    return s;
  }
}
