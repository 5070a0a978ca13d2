package gt.observatorio.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The bench's throw-away database directory ({@code observatorio-bench-db*} in the temporary directory): the
 * database lives in its {@code pg} sub-directory and {@code owner.pid} names the bench process. It is removed
 * when the bench ends, also at JVM exit after a signal (once the embedded PostgreSQL has stopped); a bench killed
 * with SIGKILL leaves it behind, and the next bench removes every such directory whose owner is dead and whose
 * PostgreSQL is not running.
 */
public final class BenchDataDir implements AutoCloseable {
  static final String PREFIX = "observatorio-bench-db";
  static final String OWNER = "owner.pid";
  private final Path dir;
  private final Thread hook;

  private BenchDataDir(Path dir) {
    this.dir = dir;
    this.hook = new Thread(() -> remove(dir, 30_000), "observatorio-bench-db-removal");
  }

  /** Removes stale directories of dead benches in {@code tmp}, then creates this process's own. */
  public static BenchDataDir create(Path tmp) throws IOException {
    removeStale(tmp);
    Path dir = Files.createTempDirectory(tmp, PREFIX);
    Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    BenchDataDir d = new BenchDataDir(dir);
    Runtime.getRuntime().addShutdownHook(d.hook);
    return d;
  }

  /** Where the embedded database keeps its data. */
  public Path database() {
    return dir.resolve("pg");
  }

  /** Removes the directories whose owner (named in {@code owner.pid}) is dead and whose PostgreSQL is not running. */
  static List<Path> removeStale(Path tmp) throws IOException {
    List<Path> removed = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
      for (Path d : dirs) {
        Optional<Long> owner = pid(d.resolve(OWNER));
        if (owner.isPresent() && !alive(owner) && !alive(pid(d.resolve("pg").resolve("postmaster.pid")))) {
          delete(d);
          removed.add(d);
        }
      }
    }
    return removed;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      return; // exiting: the hook removes it
    }
    delete(dir);
  }

  /** At exit: waits up to {@code waitMillis} for the embedded PostgreSQL to stop (its pid file gone), then deletes. */
  private static void remove(Path dir, long waitMillis) {
    long until = System.currentTimeMillis() + waitMillis;
    Path pidFile = dir.resolve("pg").resolve("postmaster.pid");
    while (Files.exists(pidFile) && System.currentTimeMillis() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    delete(dir);
  }

  private static Optional<Long> pid(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean alive(Optional<Long> pid) {
    return pid.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void delete(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // a temporary directory: best effort
    }
  }
}
