package gt.observatorio.rules.builtin;

import gt.observatorio.engine.domain.DatasetSnapshot;
import java.util.function.Function;

/**
 * A pure function of a snapshot, remembered per thread for the last snapshot seen (by identity):
 * the rules of a rule set evaluate one snapshot in turn, so each works the value out once. A hit
 * allocates nothing.
 *
 * @param <T> the value worked out from a snapshot
 */
public final class LastSnapshot<T> {
  private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);
  private final Function<DatasetSnapshot, T> compute;

  public LastSnapshot(Function<DatasetSnapshot, T> compute) {
    this.compute = compute;
  }

  /** The value for {@code s}, computed unless {@code s} is this thread's last snapshot. */
  @SuppressWarnings("unchecked")
  public T of(DatasetSnapshot s) {
    Object[] slot = last.get();
    if (slot[0] != s) {
      slot[1] = compute.apply(s);
      slot[0] = s;
    }
    return (T) slot[1];
  }
}
