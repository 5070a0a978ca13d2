package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent overall scores of the institutions ranked in one week: {@code weeks} are the published weeks of the
 * window, oldest first, and each institution's list holds its overall score in each of those weeks (its line's,
 * i.e. of the institutions it replaces, where it has none itself), {@code null} where it had none.
 *
 * @param weeks the window's weeks that have any score, oldest first (the last is the ranking's week)
 * @param scores per institution code, in the ranking's order, one score or {@code null} per week
 */
public record Trends(List<IsoWeek> weeks, Map<String, List<Double>> scores) {
  public Trends {
    weeks = List.copyOf(weeks);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }
}
