package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.IsoWeek;
import java.util.List;

/**
 * The largest gains (biggest first) and losses (biggest first) between two weeks, among the
 * institutions published in both.
 */
public record Movers(IsoWeek from, IsoWeek to, String profile, List<Mover> gains, List<Mover> losses) {
  public Movers {
    gains = List.copyOf(gains);
    losses = List.copyOf(losses);
  }
}
