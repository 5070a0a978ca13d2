package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The action plan as its data file describes it: commitments, activities and their evidence checks. */
public record ActionPlan(String id, Text title, List<Commitment> commitments) {
  public ActionPlan {
    commitments = List.copyOf(commitments);
  }

  /**
   * One commitment and its activities.
   *
   * @param manager the lead body the plan names as "Engagement Manager" (registry code)
   * @param supporting the other bodies named with it in the same box (registry codes or the plan's initials)
   * @param start the commitment's start ("Temporality of Commitment"), null when the plan gives none
   * @param end the commitment's original end, null when none
   * @param extendedEnd the extension the plan gives, null when none
   */
  public record Commitment(String id, int number, Text title, String manager, List<String> supporting,
      LocalDate start, LocalDate end, LocalDate extendedEnd, List<Activity> activities) {
    public Commitment {
      supporting = List.copyOf(supporting);
      activities = List.copyOf(activities);
    }

    /** The date the commitment is due: the extension when there is one. */
    public LocalDate due() {
      return extendedEnd != null ? extendedEnd : end;
    }
  }

  /**
   * One activity.
   *
   * @param supporting bodies the plan names as supporting this activity (not responsible for it)
   * @param end the plan's original end, null when it gives none
   * @param extendedEnd the extension the plan gives, null when none
   * @param declaredStatus a status the operator's plan file sets ({@code PlanManualStatus.STATUSES}), null when none
   * @param evidenceUrls pages the operator's plan file gives as evidence of that status
   */
  public record Activity(String id, Text title, List<String> responsible, List<String> supporting, YearMonth start,
      YearMonth end, YearMonth extendedEnd, Text expectedResult, List<EvidenceCheck> checks, String declaredStatus,
      List<String> evidenceUrls) {
    public Activity {
      responsible = List.copyOf(responsible);
      supporting = List.copyOf(supporting);
      checks = List.copyOf(checks);
      evidenceUrls = List.copyOf(evidenceUrls);
    }

    /** The same activity with other checks. */
    public Activity withChecks(List<EvidenceCheck> newChecks) {
      return new Activity(id, title, responsible, supporting, start, end, extendedEnd, expectedResult, newChecks,
          declaredStatus, evidenceUrls);
    }

    /** The date the activity is due: the extension when there is one. */
    public YearMonth due() {
      return extendedEnd != null ? extendedEnd : end;
    }
  }

  /**
   * An automatic check of an activity's evidence.
   *
   * @param kind {@code document-current}, {@code open-data} or {@code oc4ids}
   * @param url the page or file checked; empty when not configured yet
   * @param maxAgeMonths for {@code document-current}: how old the newest document may be
   */
  public record EvidenceCheck(String id, String kind, String url, String site, Text label, int maxAgeMonths) {
    public boolean configured() {
      return url != null && !url.isBlank();
    }

    public EvidenceCheck withUrl(String newUrl) {
      return new EvidenceCheck(id, kind, newUrl, site, label, maxAgeMonths);
    }
  }

  public List<Activity> activities() {
    return commitments.stream().flatMap(c -> c.activities().stream()).toList();
  }

  public Optional<Activity> activity(String id) {
    return activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The same plan with some checks pointed at other URLs (by check id), e.g. the demo's portals. */
  public ActionPlan withCheckUrls(java.util.Map<String, String> urls) {
    return new ActionPlan(id, title, commitments.stream().map(c -> new Commitment(c.id(), c.number(), c.title(),
        c.manager(), c.supporting(), c.start(), c.end(), c.extendedEnd(), c.activities().stream()
            .map(a -> a.withChecks(a.checks().stream()
                .map(k -> urls.containsKey(k.id()) ? k.withUrl(urls.get(k.id())) : k).toList())).toList())).toList());
  }
}
