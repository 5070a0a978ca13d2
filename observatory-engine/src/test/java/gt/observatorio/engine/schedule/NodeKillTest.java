package gt.observatorio.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.testing.CrawlNode;
import gt.observatorio.engine.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A real process kill: a node in a child JVM is crawling when it is killed (SIGKILL). A scheduled crawl is
 * recovered by the clustered node in this JVM, and what is published has every dataset exactly once; a crawl
 * that no job can resume (started outside Quartz, as the admin API does) is marked failed, nothing of it
 * published, and its source crawled again.
 */
class NodeKillTest {
  private static final int DATASETS = 60;

  @Test
  void aNodeKilledMidCrawlIsRecoveredByAnotherAndNoDatasetIsLostOrDuplicated() throws Exception {
    TestDatabase.reset();
    Path log = Files.createTempFile("crawl-node-a", ".log");
    long runId = killMidCrawl(CrawlNode.launch(TestDatabase.config(), "node-a", DATASETS, 150, true, log), log);
    assertThat(strings("select state from crawl_run where id = " + runId)).containsExactly("running");
    assertThat(count("select count(*) from run_dataset where run_id = " + runId)).isLessThan(DATASETS);
    assertThat(count("select count(*) from institution_week")).isZero();

    try (CrawlNode b = new CrawlNode(TestDatabase.config(), "node-b", DATASETS, 0)) {
      await(Duration.ofSeconds(90), () -> strings("select state from crawl_run where id = " + runId)
          .contains("succeeded"), "node B recovers the crawl", log);
    }

    assertThat(strings("select id || ' ' || state || ' ' || published from crawl_run"))
        .containsExactly(runId + " succeeded true");
    assertThat(count("select count(*) from run_dataset where run_id = " + runId)).isEqualTo(DATASETS);
    assertThat(count("select count(distinct d.identifier) from run_dataset rd join dataset d on d.id = rd.dataset_id"
        + " where rd.run_id = " + runId)).isEqualTo(DATASETS);
    assertThat(count("select count(*) from dataset")).isEqualTo(DATASETS);
    assertThat(count("select count(*) from run_score where run_id = " + runId)).isEqualTo(2L * DATASETS);
    assertThat(strings("select profile || ' ' || datasets || ' ' || rank from institution_week order by profile"))
        .containsExactly("mqa " + DATASETS + " 1", "observatorio " + DATASETS + " 1");
    Files.delete(log);
  }

  @Test
  void aRunThatNoJobCanResumeIsFailedAndCrawledAgainNeverPublishedHalf() throws Exception {
    TestDatabase.reset();
    Path log = Files.createTempFile("crawl-node-a", ".log");
    long runId = killMidCrawl(CrawlNode.launch(TestDatabase.config(), "node-a", DATASETS, 150, "direct", log), log);
    assertThat(strings("select state || ' ' || node || ' ' || (request_key is null) from crawl_run"))
        .containsExactly("running node-a true");
    assertThat(count("select count(*) from run_dataset where run_id = " + runId)).isBetween(10L, DATASETS - 1L);

    try (CrawlNode b = new CrawlNode(TestDatabase.config(), "node-b", DATASETS, 0)) {
      await(Duration.ofSeconds(90), () -> strings("select state from crawl_run where id <> " + runId)
          .contains("succeeded"), "node B fails the orphaned run and crawls the source again", log);
    }

    assertThat(strings("select state || ' ' || published || ' ' || node from crawl_run where id = " + runId))
        .containsExactly("failed false node-a");
    assertThat(strings("select message from crawl_run where id = " + runId).get(0))
        .contains("no puede reanudarse").contains("cannot be resumed");
    assertThat(count("select count(*) from run_dataset where run_id = " + runId)).as("nothing of it kept").isZero();
    assertThat(strings("select state || ' ' || published || ' ' || node from crawl_run where id <> " + runId))
        .containsExactly("succeeded true node-b");
    assertThat(count("select count(*) from run_dataset rd join crawl_run r on r.id = rd.run_id"
        + " where r.id <> " + runId)).isEqualTo(DATASETS);
    assertThat(strings("select profile || ' ' || datasets || ' ' || rank from institution_week order by profile"))
        .containsExactly("mqa " + DATASETS + " 1", "observatorio " + DATASETS + " 1");
    Files.delete(log);
  }

  /** Waits for node A's running run to store its first batches, kills A (SIGKILL) and returns the run's id. */
  private static long killMidCrawl(Process a, Path log) throws Exception {
    try {
      await(Duration.ofSeconds(90), () -> count("select count(*) from run_dataset rd join crawl_run r"
          + " on r.id = rd.run_id where r.state = 'running'") >= 10, "node A stores its first batches", log);
      return count("select id from crawl_run where state = 'running'");
    } finally {
      a.destroyForcibly();
      a.waitFor();
      assertThat(a.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }
  }

  private static void await(Duration timeout, BooleanSupplier condition, String what, Path log) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out: " + what + "\nchild log:\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
  }

  static long count(String sql) {
    List<String> s = strings(sql);
    return s.isEmpty() ? -1 : Long.parseLong(s.get(0));
  }

  static List<String> strings(String sql) {
    try (Connection c = TestDatabase.dataSource().getConnection();
         PreparedStatement st = c.prepareStatement(sql);
         ResultSet rs = st.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
