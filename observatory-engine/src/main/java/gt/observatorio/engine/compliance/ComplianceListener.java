package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.LaipChecklist;
import java.time.YearMonth;

/** Told of each compliance check stored (the events of issue 17 listen). Blocking calls, on the checks' thread. */
public interface ComplianceListener {
  ComplianceListener NONE = new ComplianceListener() {
    @Override
    public void article10Checked(String institution, YearMonth month, LaipChecklist checklist) {}

    @Override
    public void planChecked(ActionPlan plan) {}
  };

  /** An institution's Article 10 checklist was stored as the month's. */
  void article10Checked(String institution, YearMonth month, LaipChecklist checklist);

  /** The plan's evidence checks ran and were stored. */
  void planChecked(ActionPlan plan);
}
