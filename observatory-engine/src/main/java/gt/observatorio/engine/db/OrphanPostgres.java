package gt.observatorio.engine.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the embedded PostgreSQL left running on a data directory by a process that was killed
 * (kill -9: no shutdown hook ran) and stops it, so the next start can use the directory. Only a
 * live {@code postgres} process whose command line names this very directory is touched; it is
 * asked to stop (SIGTERM), and killed only if it has not stopped after {@code graceSeconds}.
 */
final class OrphanPostgres {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanPostgres.class);

  private OrphanPostgres() {}

  /** Stops the orphan of {@code dataDir}, if any; true when one was found. */
  static boolean stop(Path dataDir, long graceSeconds) {
    Optional<ProcessHandle> orphan = find(dataDir);
    if (orphan.isEmpty()) {
      return false;
    }
    ProcessHandle p = orphan.get();
    LOG.warn("PostgreSQL embebido huérfano (pid {}) en {}: deteniéndolo / orphaned embedded PostgreSQL "
        + "(pid {}) on {}: stopping it", p.pid(), dataDir, p.pid(), dataDir);
    p.destroy();
    try {
      p.onExit().get(graceSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      p.destroyForcibly();
      waitQuietly(p);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // it exited
    }
    return true;
  }

  /** The live postgres process of {@code dataDir} named in its {@code postmaster.pid}, if any. */
  static Optional<ProcessHandle> find(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    String dir = dataDir.toAbsolutePath().normalize().toString();
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .filter(h -> h.info().arguments().map(a -> List.of(a).contains(dir)).orElse(false));
  }

  private static void waitQuietly(ProcessHandle p) {
    try {
      p.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("PostgreSQL pid {} did not stop: {}", p.pid(), e.toString());
    }
  }
}
