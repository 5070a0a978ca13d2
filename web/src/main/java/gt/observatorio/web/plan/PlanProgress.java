package gt.observatorio.web.plan;

import gt.observatorio.engine.compliance.ActionPlan;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.PlanManualStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The plan's state: per activity and month by month, from editors' statuses and automatic checks. Pure. */
public final class PlanProgress {
  private PlanProgress() {}

  /**
   * One activity's state.
   *
   * @param status the editor's latest status, else the status the operator's plan file declares, else
   *     {@code evidence-current} / {@code evidence-missing} from the latest checks, else {@code not-assessed}
   * @param source where the status comes from: {@code editor}, {@code plan-file}, {@code checks} or {@code none}
   * @param overdue its due month is before {@code now} and it is not done, neither completed nor with its evidence
   *     current ("vencida")
   */
  public record ActivityState(ActionPlan.Activity activity, String status, PlanManualStatus manual,
      List<PlanCheckResult> latestChecks, boolean overdue, String source) {}

  /** One month of the plan: checks passed of those run, activities completed by then. */
  public record MonthPoint(YearMonth month, int checksPassed, int checksRun, int activitiesCompleted,
      int activities) {}

  public static List<ActivityState> states(ActionPlan plan, Map<String, PlanManualStatus> manual,
      List<PlanCheckResult> checks, YearMonth now) {
    List<ActivityState> out = new ArrayList<>();
    for (ActionPlan.Activity a : plan.activities()) {
      Map<String, PlanCheckResult> latest = new LinkedHashMap<>();
      checks.stream().filter(c -> c.activityId().equals(a.id()))
          .forEach(c -> latest.merge(c.checkId(), c, (x, y) -> y.month().isAfter(x.month()) ? y : x));
      PlanManualStatus m = manual.get(a.id());
      String status;
      String source;
      if (m != null) {
        status = m.status();
        source = "editor";
      } else if (a.declaredStatus() != null) {
        status = a.declaredStatus();
        source = "plan-file";
      } else if (!latest.isEmpty()) {
        status = latest.values().stream().allMatch(PlanCheckResult::passed) ? "evidence-current" : "evidence-missing";
        source = "checks";
      } else {
        status = "not-assessed";
        source = "none";
      }
      boolean overdue = a.due() != null && a.due().isBefore(now) && !done(status);
      out.add(new ActivityState(a, status, m, List.copyOf(latest.values()), overdue, source));
    }
    return out;
  }

  /** Whether an activity is done: completed by its editor, or its evidence current by this month's checks. */
  public static boolean done(String status) {
    return "completed".equals(status) || "evidence-current".equals(status);
  }

  /** What an institution owes: the activities it is responsible for that are not completed, plan order. */
  public static List<ActivityState> owedBy(List<ActivityState> states, String institutionCode) {
    return states.stream().filter(s -> s.activity().responsible().contains(institutionCode)
        && !"completed".equals(s.status())).toList();
  }

  /** Month by month, for every month with a check or a recorded status. */
  public static List<MonthPoint> series(ActionPlan plan, List<PlanManualStatus> history,
      List<PlanCheckResult> checks) {
    TreeSet<YearMonth> months = new TreeSet<>();
    checks.forEach(c -> months.add(c.month()));
    history.forEach(h -> months.add(YearMonth.from(h.recordedAt().atZone(java.time.ZoneOffset.UTC))));
    List<MonthPoint> out = new ArrayList<>();
    for (YearMonth m : months) {
      List<PlanCheckResult> ofMonth = checks.stream().filter(c -> c.month().equals(m)).toList();
      Map<String, String> statusBy = new TreeMap<>();
      history.stream().filter(h -> !YearMonth.from(h.recordedAt().atZone(java.time.ZoneOffset.UTC)).isAfter(m))
          .sorted(java.util.Comparator.comparing(PlanManualStatus::recordedAt))
          .forEach(h -> statusBy.put(h.activityId(), h.status()));
      int completed = (int) statusBy.values().stream().filter("completed"::equals).count();
      out.add(new MonthPoint(m, (int) ofMonth.stream().filter(PlanCheckResult::passed).count(), ofMonth.size(),
          completed, plan.activities().size()));
    }
    return out;
  }
}
