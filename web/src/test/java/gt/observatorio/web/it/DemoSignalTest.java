package gt.observatorio.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) on {@code demo}, once it serves and while it is still crawling its simulated weeks:
 * the process exits, its embedded PostgreSQL stops with it and its throw-away data directory is gone.
 */
class DemoSignalTest {
  private static final int BOUND_SECONDS = 30;

  @TempDir
  Path dir;

  private Process demo(int weeks) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.command("-Xmx512m", "-Djava.io.tmpdir=" + dir,
        "-cp", System.getProperty("java.class.path"), "gt.observatorio.web.cli.ObservatoryCommand", "demo",
        "--port", "0", "--weeks", String.valueOf(weeks)))
        .redirectErrorStream(true).redirectOutput(dir.resolve("demo.log").toFile());
    pb.environment().put("HOME", dir.toString());
    return pb.start();
  }

  private void awaitLog(Process p, String text, int seconds) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!log().contains(text)) {
      assertThat(p.isAlive()).as(log()).isTrue();
      assertThat(System.nanoTime()).as("'" + text + "' in the log; " + log()).isLessThan(until);
      Thread.sleep(100);
    }
  }

  private long ctrlC(Process p) throws Exception {
    long t0 = System.nanoTime();
    new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
    assertThat(p.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).as("demo exited; " + log()).isTrue();
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  @Test
  void ctrlCOnAServingDemoStopsItAndItsDatabase() throws Exception {
    Process p = demo(1);
    try {
      awaitLog(p, "Ctrl-C", 240);
      Path data = demoDir();
      assertThat(postgresUnder(dir)).as("the demo's PostgreSQL runs").isNotEmpty();
      long ms = ctrlC(p);
      System.out.printf("demo, serving: Ctrl-C to exit %d ms, exit code %d%n", ms, p.exitValue());
      assertThat(postgresUnder(dir)).as("PostgreSQL left under " + dir + "; " + log()).isEmpty();
      assertThat(data).doesNotExist();
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void ctrlCWhileTheDemoStillCrawlsStopsItAndItsDatabase() throws Exception {
    Process p = demo(104);
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
      while (postgresUnder(dir).isEmpty()) {
        assertThat(p.isAlive()).as(log()).isTrue();
        assertThat(System.nanoTime()).as("the demo's PostgreSQL started; " + log()).isLessThan(until);
        Thread.sleep(100);
      }
      Thread.sleep(3000); // into the crawl of the simulated weeks
      assertThat(log()).doesNotContain("Ctrl-C");
      long ms = ctrlC(p);
      System.out.printf("demo, crawling: Ctrl-C to exit %d ms, exit code %d%n", ms, p.exitValue());
      assertThat(postgresUnder(dir)).as("PostgreSQL left under " + dir + "; " + log()).isEmpty();
    } finally {
      p.destroyForcibly();
    }
  }

  private Path demoDir() throws java.io.IOException {
    try (var s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().startsWith("observatorio-demo-db")).findFirst().orElseThrow();
    }
  }

  private String log() {
    try {
      String s = Files.readString(dir.resolve("demo.log"));
      return "demo log:\n" + (s.length() > 6000 ? s.substring(s.length() - 6000) : s);
    } catch (java.io.IOException e) {
      return "no log";
    }
  }

  /** PostgreSQL processes whose arguments name a path under {@code root}. */
  private static List<Long> postgresUnder(Path root) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
        .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(root.toString())).orElse(false))
        .map(ProcessHandle::pid).toList();
  }
}
