package gt.observatorio.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed with kill -9 leaves its embedded PostgreSQL running on the data directory; the next
 * start finds that orphan, stops it and starts normally on the same data.
 */
class RestartAfterKillTest {
  @TempDir
  Path dir;

  @Test
  void theNextStartStopsTheOrphanAndStarts() throws Exception {
    Path data = dir.resolve("pgdata").toAbsolutePath().normalize();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        EmbeddedChild.class.getName(), data.toString()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("ready")) {
        // logs of the child
      }
      assertThat(line).as("the child started its database").isEqualTo("ready");
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    Optional<ProcessHandle> orphan = OrphanPostgres.find(data);
    assertThat(orphan).as("kill -9 left the embedded PostgreSQL running").isPresent();

    Vertx vertx = Vertx.vertx();
    long start = System.nanoTime();
    try (Database db = Database.start(vertx, new DbConfig("", "observatorio", "", data.toString(), 0, 1))) {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
      assertThat(seconds).as("restart time").isLessThan(60);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    assertThat(OrphanPostgres.find(data)).as("no PostgreSQL left on the directory").isEmpty();
  }
}
