package gt.observatorio.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bench removes the database directories that killed benches left behind, and only those. */
class BenchDataDirTest {
  @Test
  void directoriesOfDeadBenchesAreRemovedThoseOfLiveOnesAndUnknownOnesKept(@TempDir Path tmp) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path dead = dir(tmp, "a", Long.toString(gone.pid()));
    Path live = dir(tmp, "b", Long.toString(ProcessHandle.current().pid()));
    Path unknown = Files.createDirectory(tmp.resolve(BenchDataDir.PREFIX + "c"));
    Path other = Files.createDirectory(tmp.resolve("otro-directorio"));

    try (BenchDataDir own = BenchDataDir.create(tmp)) {
      assertThat(dead).doesNotExist();
      assertThat(live).exists();
      assertThat(unknown).exists();
      assertThat(other).exists();
      assertThat(own.database().getParent().resolve(BenchDataDir.OWNER)).hasContent(Long.toString(ProcessHandle.current().pid()));
      Files.createDirectories(own.database());
      Path ownDir = own.database().getParent();
      own.close();
      assertThat(ownDir).doesNotExist();
    }
  }

  private static Path dir(Path tmp, String suffix, String pid) throws Exception {
    Path d = Files.createDirectory(tmp.resolve(BenchDataDir.PREFIX + suffix));
    Files.createDirectories(d.resolve("pg"));
    Files.writeString(d.resolve(BenchDataDir.OWNER), pid);
    return d;
  }
}
