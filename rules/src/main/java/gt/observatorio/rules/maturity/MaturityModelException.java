package gt.observatorio.rules.maturity;

import java.util.List;
import java.util.stream.Collectors;

/** A maturity model that cannot be used; every problem names the file, the line, the key and the reason. */
public final class MaturityModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param line 1-based line, or 0 when unknown
   * @param key where in the file, e.g. {@code /criteria/3/level (criterion 'calidad.puntaje-40')}
   */
  public record Problem(String file, int line, String key, String reason) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + (key == null || key.isEmpty() ? "" : key + ": ") + reason;
    }
  }

  private final transient List<Problem> problems;

  public MaturityModelException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
