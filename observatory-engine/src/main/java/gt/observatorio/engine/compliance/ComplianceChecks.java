package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.PlanCheckResult;
import gt.observatorio.engine.domain.Source;
import java.util.List;

/**
 * The compliance checks of a node: Article 10 portals and the action plan's automatic evidence, each
 * stored for the current month. Blocking; the observatory's own threads only (Quartz, housekeeping, CLI).
 */
public final class ComplianceChecks {
  private final Article10Checks article10;
  private final PlanEvidenceChecks evidence;
  private volatile ActionPlan plan;
  private volatile ComplianceListener listener = ComplianceListener.NONE;

  /** @param plan the action plan tracked (the shipped one) */
  public ComplianceChecks(Article10Checks article10, PlanEvidenceChecks evidence, ActionPlan plan) {
    this.article10 = article10;
    this.evidence = evidence;
    this.plan = plan;
  }

  /** Tells {@code l} of each check stored (the events of issue 17). */
  public ComplianceChecks listenWith(ComplianceListener l) {
    this.listener = l;
    return this;
  }

  /** Tracks this plan instead (the demo points its checks at simulated evidence). */
  public void usePlan(ActionPlan actionPlan) {
    this.plan = actionPlan;
  }

  /** The plan tracked. */
  public ActionPlan plan() {
    return plan;
  }

  /** Checks the Article 10 portals among the sources and stores each checklist for the current month. */
  public List<LaipChecklist> checkArticle10(List<Source> candidates) {
    return article10.check(candidates, listener);
  }

  /** Runs the action plan's automatic evidence checks and stores them for the current month. */
  public List<PlanCheckResult> checkPlanEvidence() {
    ActionPlan tracked = plan;
    List<PlanCheckResult> results = evidence.run(tracked);
    listener.planChecked(tracked);
    return results;
  }
}
