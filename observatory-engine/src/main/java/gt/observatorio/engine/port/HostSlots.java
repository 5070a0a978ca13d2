package gt.observatorio.engine.port;

/**
 * The turn of each host shared by the nodes of a cluster (politeness across nodes): at most one
 * request to a host at a time, whichever node makes it, and a pause after each. The crawler's
 * in-process gate asks it only when its own pause is over; an implementation keeps the time on one
 * clock for every node (the database's).
 *
 * <p>A failure to reach the shared store is thrown ({@link RuntimeException}); the caller then waits
 * and asks again, never requesting without the turn (fail closed).
 */
public interface HostSlots {

  /** No sharing (a single node): every turn is granted at once. */
  HostSlots LOCAL = new HostSlots() {
    @Override
    public long claim(String host, String holder, long holdMillis) {
      return 0;
    }

    @Override
    public void release(String host, String holder, long pauseMillis) {}

    @Override
    public void defer(String host, long millis) {}
  };

  /**
   * Takes the host's turn for {@code holder} when it is free, holding it at most {@code holdMillis}
   * (a node that dies holding it frees it then).
   *
   * @return 0 when the turn was taken, otherwise the milliseconds (at least 1) until it may be free
   */
  long claim(String host, String holder, long holdMillis);

  /** Gives back {@code holder}'s turn: the host may be asked again {@code pauseMillis} from now. */
  void release(String host, String holder, long pauseMillis);

  /** Asks nothing of the host for {@code millis} from now, on any node (Retry-After). */
  void defer(String host, long millis);
}
