package gt.observatorio.web.cli;

/** The database could not be reached or started. */
final class DatabaseUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DatabaseUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
