package gt.observatorio.engine.compliance;

import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.LaipRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks institutions' Article 10 portals (sources of kind {@code laip}) one after another and stores
 * each checklist as the institution's check of the month. Blocking: the observatory's own threads only.
 */
public final class Article10Checks {
  private final PortalChecker checker;
  private final LaipRepository repo;

  public Article10Checks(PortalChecker checker, LaipRepository repo) {
    this.checker = checker;
    this.repo = repo;
  }

  /** Checks every {@code laip} source and stores its checklist; other kinds are skipped. */
  public List<LaipChecklist> check(List<Source> sources) {
    return check(sources, ComplianceListener.NONE);
  }

  /** As {@link #check(List)}, telling {@code listener} of each checklist stored. */
  public List<LaipChecklist> check(List<Source> sources, ComplianceListener listener) {
    List<LaipChecklist> out = new ArrayList<>();
    for (Source s : sources) {
      if ("laip".equals(s.kind())) {
        LaipChecklist list = checker.check(s.url());
        java.time.YearMonth month = Blocking.await(repo.save(s.institutionCode(), list));
        listener.article10Checked(s.institutionCode(), month, list);
        out.add(list);
      }
    }
    return out;
  }
}
