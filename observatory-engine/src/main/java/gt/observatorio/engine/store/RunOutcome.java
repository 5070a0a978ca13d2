package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.RunState;
import java.time.Instant;
import java.util.List;

/**
 * How a run ended: its final state, counts, a message for people and the problems met.
 *
 * @param profiles the profiles the run scored with: an institution whose published catalog is
 *     empty still gets a week (overall 0, no datasets) under each of them
 */
public record RunOutcome(
    RunState state,
    int datasets,
    int distributions,
    int probes,
    int errors,
    String message,
    List<HarvestIssue> issues,
    Instant finishedAt,
    List<String> profiles) {

  public RunOutcome {
    issues = issues == null ? List.of() : List.copyOf(issues);
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
  }

  /** Whether the run's results become visible: it succeeded, or it is partial but read datasets. */
  public boolean publishes() {
    return state == RunState.SUCCEEDED || (state == RunState.PARTIAL && datasets > 0);
  }
}
