package gt.observatorio.engine.alerts;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure detection of the events of compliance checks and maturity: Article 10 numerals gone stale or missing since
 * the previous month's check, plan activities past due and not completed, maturity level changes. No I/O. Ids are
 * stable per month (Article 10), per activity (plan) and per quarter (maturity), so checking again the same month
 * stores nothing new.
 */
public final class ComplianceEventDetector {
  private static final Set<LaipStatus> PRESENT = EnumSet.of(LaipStatus.CURRENT, LaipStatus.STALE);
  private static final Set<LaipStatus> GONE = EnumSet.of(LaipStatus.NOT_FOUND, LaipStatus.BROKEN);

  private ComplianceEventDetector() {}

  /** Numerals current last month and stale now; numerals published last month and missing or broken now. */
  public static List<Event> article10(String institution, YearMonth month, Instant at, LaipChecklist before,
      LaipChecklist after) {
    if (before == null) {
      return List.of();
    }
    Map<Integer, LaipStatus> was = new HashMap<>();
    before.numerals().forEach(n -> was.put(n.numeral(), n.status()));
    List<Event> out = new ArrayList<>();
    for (LaipNumeralCheck n : after.numerals()) {
      LaipStatus prev = was.get(n.numeral());
      EventKind kind = prev == LaipStatus.CURRENT && n.status() == LaipStatus.STALE ? EventKind.LAIP_NUMERAL_STALE
          : PRESENT.contains(prev) && GONE.contains(n.status()) ? EventKind.LAIP_NUMERAL_MISSING : null;
      if (kind != null) {
        out.add(Event.of("laip:" + month, at, institution, kind, "numeral-" + n.numeral(), Map.of(
            "numeral", Integer.toString(n.numeral()), "titulo", String.valueOf(n.label()),
            "antes", prev.label().es(), "despues", n.status().label().es()), Links.article10(month.toString())));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Activities whose due month is over and whose latest recorded status (else the one the plan file declares) is
   * not {@code completed}, one event per responsible institution that is registered.
   */
  public static List<Event> planPastDue(ActionPlan plan, Map<String, String> statuses, YearMonth now, Instant at,
      Set<String> registered) {
    List<Event> out = new ArrayList<>();
    for (ActionPlan.Activity a : plan.activities()) {
      String status = statuses.getOrDefault(a.id(), a.declaredStatus());
      if (a.due() == null || !a.due().isBefore(now) || "completed".equals(status)) {
        continue;
      }
      for (String code : a.responsible()) {
        if (registered.contains(code)) {
          out.add(Event.of("plan-past-due", at, code, EventKind.PLAN_ACTIVITY_PAST_DUE, a.id(), Map.of(
              "actividad", a.id(), "titulo", a.title().es(), "vencimiento", a.due().toString(),
              "estado", status == null ? "sin estado registrado" : status), Links.plan()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** A maturity level that changed from the previous quarter's; none when there was no previous result. */
  public static List<Event> maturity(String institution, String quarter, Instant at, Integer before, int after) {
    if (before == null || before == after) {
      return List.of();
    }
    return List.of(Event.of("maturity:" + quarter, at, institution, EventKind.MATURITY_CHANGED, "level", Map.of(
        "trimestre", quarter, "antes", before.toString(), "despues", Integer.toString(after)),
        Links.maturity(institution)));
  }
}
