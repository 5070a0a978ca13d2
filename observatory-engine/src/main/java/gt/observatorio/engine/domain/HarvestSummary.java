package gt.observatorio.engine.domain;

import java.util.List;

/** What one harvest read: counts and the problems met. */
public record HarvestSummary(int datasets, int distributions, int pages, List<HarvestIssue> issues) {
  public HarvestSummary {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** True when the catalog could not be read at all (no dataset and at least one issue). */
  public boolean failed() {
    return datasets == 0 && !issues.isEmpty();
  }
}
