package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;

/**
 * One line of a ranking: the institution, its aggregate for the week, and the change of its
 * overall score since the previous published week (null when there is none).
 */
public record RankingRow(Institution institution, InstitutionWeek week, Double deltaFromPreviousWeek) {}
