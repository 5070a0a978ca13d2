package gt.observatorio.engine.store;

/** A store call failed with a checked cause (the database unreachable, for instance). */
public final class StoreException extends RuntimeException {
  public StoreException(Throwable cause) {
    super(String.valueOf(cause), cause);
  }
}
