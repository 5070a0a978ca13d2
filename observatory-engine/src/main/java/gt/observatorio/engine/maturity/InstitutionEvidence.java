package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.Text;
import java.time.Instant;
import java.util.List;

/**
 * Everything an institution's maturity is judged on, gathered by the caller at one moment.
 *
 * @param asOf the moment judged ("now" for expiry and ages); criteria never read the clock
 * @param laip the latest Article 10 checklist of its portal, null when none was checked
 * @param inPlan whether the action plan names it responsible for any activity
 */
public record InstitutionEvidence(Institution institution, Instant asOf, Quality quality, List<Catalog> catalogs,
    LaipChecklist laip, boolean inPlan, List<PlanActivity> planActivities, List<HarvestedDataset> datasets,
    List<KeyDatasetDecision> decisions, List<Answer> answers) {

  public InstitutionEvidence {
    catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
    planActivities = planActivities == null ? List.of() : List.copyOf(planActivities);
    datasets = datasets == null ? List.of() : List.copyOf(datasets);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    answers = answers == null ? List.of() : List.copyOf(answers);
    quality = quality == null ? Quality.NONE : quality;
  }

  /**
   * Dataset quality under the default profile.
   *
   * @param score the latest weekly mean score 0-100, null when nothing was scored
   * @param previousScore the mean a quarter earlier, null when unknown
   * @param freshness the latest freshness dimension 0-100, null when not measured
   * @param week the ISO week of {@code score}, e.g. {@code 2026-W48}
   */
  public record Quality(Double score, Double previousScore, Double freshness, int datasets, String week,
      String previousWeek) {
    public static final Quality NONE = new Quality(null, null, null, 0, null, null);
  }

  /**
   * One registered source and its latest crawl.
   *
   * @param lastState {@code succeeded}, {@code partial}, {@code failed}, ... or null when never crawled
   */
  public record Catalog(String sourceId, String url, String kind, String lastState, Instant lastRunAt, int datasets) {
    public boolean reachable() {
      return "succeeded".equals(lastState) || "partial".equals(lastState) && datasets > 0;
    }
  }

  /**
   * A plan activity the institution is responsible for.
   *
   * @param status the editor's status ({@code completed}, ...) or null
   * @param checksPassed whether its automatic evidence checks passed in their latest month (false when none)
   */
  public record PlanActivity(String id, Text title, String status, boolean checksPassed, String evidenceUrl) {
    public boolean completed() {
      return "completed".equals(status) || checksPassed;
    }
  }

  /** A dataset harvested from one of its sources. */
  public record HarvestedDataset(String id, String title, List<String> keywords, List<String> themes, String url) {
    public HarvestedDataset {
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
      themes = themes == null ? List.of() : List.copyOf(themes);
    }
  }

  /** An editor's decision that a harvested dataset is (confirmed) or is not (rejected) a key dataset. */
  public record KeyDatasetDecision(String keyDatasetId, String datasetId, boolean confirmed, String editor,
      Instant at) {}
}
