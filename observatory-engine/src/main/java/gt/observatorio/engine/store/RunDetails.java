package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.HarvestIssue;
import java.util.List;

/** A run with what the list of runs leaves out: its institution, whether it is published, its issues. */
public record RunDetails(CrawlRun run, String institutionCode, boolean published, List<HarvestIssue> issues) {
  public RunDetails {
    issues = List.copyOf(issues);
  }
}
