package gt.observatorio.web.cli;

/** Distinct exit codes, documented in {@code --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int BAD_CONFIGURATION = 3;
  static final int DATABASE_UNAVAILABLE = 4;
  static final int FINDINGS = 5;

  private ExitCodes() {}
}
