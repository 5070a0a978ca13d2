package gt.observatorio.web.cli;

/** Lets long-running commands (demo, serve) keep the JVM alive after {@code main} returns. */
final class KeepAlive {
  private static volatile boolean requested;

  private KeepAlive() {}

  static void request() {
    requested = true;
  }

  static boolean requested() {
    return requested;
  }
}
