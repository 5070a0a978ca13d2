package gt.observatorio.rules.builtin.freshness;

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
import gt.observatorio.rules.vocab.Dates;
import gt.observatorio.rules.vocab.FreshnessThresholds;
import gt.observatorio.rules.vocab.Memo;
import gt.observatorio.rules.vocab.FreshnessThresholds.Status;
import gt.observatorio.rules.vocab.Periodicity;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * HDX freshness: the age of the latest update against the declared periodicity, up to date, due,
 * overdue or delinquent. "As needed", "never" and "continuous" are always fresh (as in HDX).
 * Without a usable periodicity or any date, no points: declaring them can only raise the score.
 */
public final class UpToDateRule extends BaseRule {
  private static final MessageRef NO_DATE = MessageRef.of("no-date",
      "No hay ninguna fecha válida de última actualización.", "There is no valid date of last update.");
  private static final MessageRef NO_PERIODICITY = MessageRef.of("no-periodicity",
      "No se puede juzgar la actualidad sin una periodicidad declarada; última actualización hace {age} días.",
      "Freshness cannot be judged without a declared frequency; last updated {age} days ago.");
  /** By status: the finding's key is the status (events look for {@code overdue} and {@code delinquent}). */
  private static final Map<Status, MessageRef> LATE = new EnumMap<>(Map.of(
      Status.DUE, MessageRef.of("due", "Datos por vencer: última actualización hace {age} días ({last}).",
          "Data due: last updated {age} days ago ({last})."),
      Status.OVERDUE, MessageRef.of("overdue", "Datos atrasados: última actualización hace {age} días ({last}).",
          "Data overdue: last updated {age} days ago ({last})."),
      Status.DELINQUENT, MessageRef.of("delinquent",
          "Datos muy atrasados: última actualización hace {age} días ({last}).",
          "Data delinquent: last updated {age} days ago ({last}).")));
  private static final String MODIFIED = Paths.dataset("modified");
  private static final Paths.Field PERIODICITY = Paths.vocabularyField("accrualPeriodicity");
  private static final Memo<Double, String> EXPECTED = new Memo<>(1_000);

  public UpToDateRule() {
    super("freshness.up-to-date", Dimension.FRESHNESS,
        Text.of("Actualizado según su periodicidad", "Up to date for its frequency"),
        Text.of("Un conjunto que promete actualizarse cada mes y lleva un año sin cambios ya no informa del presente.",
            "A dataset that promises monthly updates and has not changed in a year no longer informs about the present."),
        Text.of("Publique la actualización pendiente y registre la fecha de modificación (dct:modified); si la periodicidad cambió, corríjala.",
            "Publish the pending update and record the modification date (dct:modified); if the frequency changed, correct it."));
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(
        ParamSpec.decimal("pointsDue", 0.5, Text.of("Fracción del puntaje si está «por vencer» (due)", "Share of points when due")),
        ParamSpec.decimal("pointsOverdue", 0.25, Text.of("Fracción del puntaje si está atrasado (overdue)", "Share of points when overdue")),
        ParamSpec.decimal("pointsDelinquent", 0, Text.of("Fracción del puntaje si está muy atrasado (delinquent)", "Share of points when delinquent")),
        ParamSpec.bool("useHttpLastModified", true, Text.of("Usar la cabecera HTTP Last-Modified como evidencia",
            "Use the HTTP Last-Modified header as evidence")),
        ParamSpec.bool("useDocumentNames", true, Text.of("Usar fechas en nombres de archivo y títulos (p. ej. empleo_2024-03.csv) como evidencia",
            "Use dates in file names and titles (e.g. empleo_2024-03.csv) as evidence")));
  }

  /** The parameters, read once per rule set. */
  private record Bound(double due, double overdue, double delinquent, boolean useHttp, boolean useNames) {
    static Bound of(RuleParams p) {
      return new Bound(p.decimal("pointsDue"), p.decimal("pointsOverdue"), p.decimal("pointsDelinquent"),
          p.bool("useHttpLastModified"), p.bool("useDocumentNames"));
    }
  }

  @Override
  public RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    Bound b = params.bound(Bound::of);
    String declared = snapshot.dataset().accrualPeriodicity();
    Periodicity p = Vocabularies.standard().periodicities().resolve(declared);
    if (p != null && p.kind() == Periodicity.Kind.AS_NEEDED) {
      return pass(params);
    }
    LastUpdate last = LastUpdate.of(snapshot, b.useHttp(), b.useNames());
    long today = gt.observatorio.rules.builtin.Facts.of(snapshot).today;
    if (last.epochDay() == Dates.MISSING) {
      return fail(params, finding(Severity.ERROR, NO_DATE, "dataset.modified=" + snapshot.dataset().modified(),
          "dct:modified (ISO 8601) o/or HTTP Last-Modified", MODIFIED));
    }
    long age = today - last.epochDay();
    if (p == null || p.kind() != Periodicity.Kind.REGULAR) {
      return fail(params, finding(Severity.WARNING, NO_PERIODICITY.with("age", age),
          PERIODICITY.observed(declared), "una periodicidad / a frequency", PERIODICITY.dataset()));
    }
    FreshnessThresholds t = Vocabularies.standard().freshness();
    Status status = t.status(p.days(), age);
    if (status == Status.UP_TO_DATE) {
      return pass(params);
    }
    double points = switch (status) {
      case DUE -> b.due();
      case OVERDUE -> b.overdue();
      default -> b.delinquent();
    };
    return partial(params, points, 1, List.of(finding(status == Status.DUE ? Severity.INFO : Severity.WARNING,
        LATE.get(status).with("age", age, "last", last.value()),
        "age=" + age + " days; periodicity=" + declared + " (" + Math.round(p.days()) + " days)",
        EXPECTED.get(p.days(), t, (days, th) -> expected(th, days)), last.evidence())));
  }

  /** What is expected of a periodicity of {@code days} days, by HDX's thresholds. */
  private static String expected(FreshnessThresholds t, double days) {
    double[] limits = t.limits(days);
    return "age < " + Math.round(limits[0]) + " days (due " + Math.round(limits[0]) + ", overdue " + Math.round(limits[1])
        + ", delinquent " + Math.round(limits[2]) + "; HDX " + t.rowName(days) + ")";
  }
}
