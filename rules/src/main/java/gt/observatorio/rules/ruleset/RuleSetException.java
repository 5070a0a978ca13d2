package gt.observatorio.rules.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be used; every problem names the file, the line, the rule and the reason. */
public final class RuleSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param line 1-based line, or 0 when unknown
   * @param ruleId the rule concerned, or null
   */
  public record Problem(String file, int line, String ruleId, String reason) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + (ruleId == null ? "" : "rule '" + ruleId + "': ") + reason;
    }
  }

  private final transient List<Problem> problems;

  public RuleSetException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
