package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.Text;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The action plan as its data file describes it: commitments, activities and their evidence checks. */
public record ActionPlan(String id, Text title, List<Commitment> commitments) {
  public ActionPlan {
    commitments = List.copyOf(commitments);
  }

  /** One commitment and its activities. */
  public record Commitment(String id, int number, Text title, String manager, List<Activity> activities) {
    public Commitment {
      activities = List.copyOf(activities);
    }
  }

  /**
   * One activity.
   *
   * @param end the plan's original end, null when it gives none
   * @param extendedEnd the extension the plan gives, null when none
   */
  public record Activity(String id, Text title, List<String> responsible, YearMonth start, YearMonth end,
      YearMonth extendedEnd, Text expectedResult, List<EvidenceCheck> checks) {
    public Activity {
      responsible = List.copyOf(responsible);
      checks = List.copyOf(checks);
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
        c.manager(), c.activities().stream().map(a -> new Activity(a.id(), a.title(), a.responsible(), a.start(),
            a.end(), a.extendedEnd(), a.expectedResult(), a.checks().stream()
                .map(k -> urls.containsKey(k.id()) ? k.withUrl(urls.get(k.id())) : k).toList())).toList())).toList());
  }
}
