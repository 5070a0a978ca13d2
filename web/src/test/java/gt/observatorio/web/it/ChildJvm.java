package gt.observatorio.web.it;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line of a child JVM that tests signal with SIGINT. A process started in the background of a shell
 * without job control (CI runners often are) inherits SIGINT and SIGQUIT as ignored, and a JVM started so never
 * sees Ctrl-C; {@code env --default-signal} (coreutils 8.31+) restores the default disposition before the JVM
 * starts, and {@code env} execs it, so the child's pid is the JVM's.
 */
public final class ChildJvm {
  private static final boolean RESETS_SIGNALS = envResetsSignals();

  private ChildJvm() {}

  /** {@code java} followed by the given arguments, prefixed by the signal reset when the system offers it. */
  public static List<String> command(String... javaArgs) {
    List<String> cmd = new ArrayList<>();
    if (RESETS_SIGNALS) {
      cmd.addAll(List.of("env", "--default-signal=INT,QUIT"));
    }
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(List.of(javaArgs));
    return cmd;
  }

  private static boolean envResetsSignals() {
    try {
      Process p = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
