package gt.observatorio.web.it;

import gt.observatorio.web.Settings;
import gt.observatorio.web.demo.Demo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * One demo (4 simulated weeks) shared by the test classes of a run that need realistic published
 * data (API and browser tests), started on first use and closed when the JVM exits.
 */
final class SharedDemo {
  static final int WEEKS = 4;
  private static Demo demo;

  private SharedDemo() {}

  static synchronized Demo get() {
    if (demo == null) {
      try {
        Demo d = Demo.start(Settings.forDemo(Optional.empty(), Map.of(),
            Files.createTempDirectory("shared-demo-db"), 0), WEEKS, new PrintStream(OutputStream.nullOutputStream()));
        Runtime.getRuntime().addShutdownHook(new Thread(d::close, "shared-demo-close"));
        demo = d;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return demo;
  }
}
