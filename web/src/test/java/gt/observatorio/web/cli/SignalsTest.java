package gt.observatorio.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import gt.observatorio.web.it.ChildJvm;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways out of a stop that does not finish, in a real process with real signals: the watchdog
 * exits (code 1) once the bound has passed, and a second signal exits at once (128 + signal number).
 */
class SignalsTest {
  private static final int BOUND = 3;

  @TempDir
  Path dir;

  private Process start() throws Exception {
    Process p = new ProcessBuilder(ChildJvm.command("-Xmx64m", "-cp", System.getProperty("java.class.path"),
        HangingStop.class.getName(), String.valueOf(BOUND))).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile()).start();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!log().contains("ready")) {
      assertThat(p.isAlive()).as(log()).isTrue();
      assertThat(System.nanoTime()).as("ready; " + log()).isLessThan(until);
      Thread.sleep(50);
    }
    return p;
  }

  private String log() throws java.io.IOException {
    Path f = dir.resolve("out.log");
    return Files.exists(f) ? Files.readString(f) : "";
  }

  private void awaitStopStarted(Process p) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!log().contains("stop started")) {
      assertThat(System.nanoTime()).as("stop started; " + log()).isLessThan(until);
      Thread.sleep(20);
    }
  }

  @Test
  void aStopThatHangsIsEndedByTheWatchdogOnceTheBoundHasPassed() throws Exception {
    Process p = start();
    try {
      long t0 = System.nanoTime();
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(BOUND + 10, TimeUnit.SECONDS)).as(log()).isTrue();
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      System.out.printf("watchdog: SIGTERM to exit %d ms (bound %d s), exit code %d%n", ms, BOUND, p.exitValue());
      assertThat(p.exitValue()).isEqualTo(1);
      assertThat(ms).isBetween(BOUND * 1000L - 100, BOUND * 1000L + 2000);
      assertThat(log()).contains("Stopping took too long: exiting");
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aSecondSignalExitsAtOnce() throws Exception {
    Process p = start();
    try {
      p.destroy(); // first SIGTERM: the stop starts and hangs
      awaitStopStarted(p);
      long t0 = System.nanoTime();
      new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
      assertThat(p.waitFor(BOUND + 10, TimeUnit.SECONDS)).as(log()).isTrue();
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      System.out.printf("second signal (SIGINT) to exit: %d ms, exit code %d%n", ms, p.exitValue());
      assertThat(p.exitValue()).isEqualTo(128 + 2);
      assertThat(ms).as("well before the watchdog's %d s", BOUND).isLessThan(1500);
      assertThat(log()).contains("Second signal: exiting now");
    } finally {
      p.destroyForcibly();
    }
  }
}
