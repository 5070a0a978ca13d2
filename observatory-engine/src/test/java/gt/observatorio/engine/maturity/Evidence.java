package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.maturity.InstitutionEvidence.Catalog;
import gt.observatorio.engine.maturity.InstitutionEvidence.HarvestedDataset;
import gt.observatorio.engine.maturity.InstitutionEvidence.KeyDatasetDecision;
import gt.observatorio.engine.maturity.InstitutionEvidence.PlanActivity;
import gt.observatorio.engine.maturity.InstitutionEvidence.Quality;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds {@link InstitutionEvidence} for tests, one field at a time. */
public final class Evidence {
  public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private Institution institution = new Institution("MINTRAB", "Ministerio de Trabajo", "ministerio", "trabajo");
  private Quality quality = Quality.NONE;
  private final List<Catalog> catalogs = new ArrayList<>();
  private LaipChecklist laip;
  private boolean inPlan;
  private final List<PlanActivity> activities = new ArrayList<>();
  private final List<HarvestedDataset> datasets = new ArrayList<>();
  private final List<KeyDatasetDecision> decisions = new ArrayList<>();
  private final List<Answer> answers = new ArrayList<>();

  public static Evidence of() {
    return new Evidence();
  }

  public Evidence institution(String code, String type, String sector) {
    institution = new Institution(code, code, type, sector);
    return this;
  }

  public Evidence quality(Double score, Double previous, Double freshness) {
    quality = new Quality(score, previous, freshness, 10, "2026-W48", "2026-W35");
    return this;
  }

  public Evidence catalog(String url, String state, int datasets) {
    catalogs.add(new Catalog("s" + catalogs.size(), url, "ckan", state, NOW, datasets));
    return this;
  }

  public Evidence laip(LaipChecklist checklist) {
    laip = checklist;
    return this;
  }

  public Evidence activity(String id, String status, boolean checksPassed) {
    inPlan = true;
    activities.add(new PlanActivity(id, null, status, checksPassed, null));
    return this;
  }

  public Evidence dataset(String id, String title, String... keywords) {
    datasets.add(new HarvestedDataset(id, title, List.of(keywords), List.of(), "https://example.test/" + id));
    return this;
  }

  public Evidence datasets(int n) {
    for (int i = 0; i < n; i++) {
      dataset("d" + i, "Conjunto " + i);
    }
    return this;
  }

  public Evidence decision(String key, String dataset, boolean confirmed) {
    decisions.add(new KeyDatasetDecision(key, dataset, confirmed, "editor", NOW));
    return this;
  }

  public Evidence answer(Answer a) {
    answers.add(a);
    return this;
  }

  public InstitutionEvidence build() {
    return new InstitutionEvidence(institution, NOW, quality, catalogs, laip, inPlan, activities, datasets, decisions,
        answers);
  }

  /** The input of an automatic criterion, key datasets matched under {@code model} (or none). */
  public CriterionInput input(MaturityModel model) {
    InstitutionEvidence e = build();
    return new CriterionInput(e, model == null ? List.of() : KeyDatasetMatcher.match(model, e));
  }

  /** A criterion using {@code check} with the given parameter values. */
  public static Criterion criterion(String check, Map<String, Double> params) {
    return new Criterion("c." + check, "d", 2, CriterionKind.AUTOMATIC, check, params, null, null, null,
        List.of("odm"), 12);
  }
}
