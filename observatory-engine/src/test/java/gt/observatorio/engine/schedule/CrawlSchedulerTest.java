package gt.observatorio.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.TestDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrawlSchedulerTest {
  @BeforeEach
  void reset() {
    TestDatabase.reset();
  }

  static SchedulerConfig config(String instanceId, boolean clustered) {
    return new SchedulerConfig(true, clustered, 2, "America/Guatemala", instanceId, 60, 1, 0);
  }

  static Source source(String id, String cron) {
    return new Source(id, "MINTRAB", URI.create("http://portal.test/" + id), "ckan", cron);
  }

  @Test
  void aCronTriggerFiresTheRunnerWithTheSourceId() throws Exception {
    List<String> fired = new CopyOnWriteArrayList<>();
    CountDownLatch latch = new CountDownLatch(1);
    try (CrawlScheduler s = new CrawlScheduler(TestDatabase.dataSource(), config("solo", false),
        (String id) -> {
          fired.add(id);
          latch.countDown();
        })) {
      s.sync(List.of(source("every-second", "* * * * * ?"), source("weekly", null)));
      s.start();
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(fired).contains("every-second").doesNotContain("weekly");
      assertThat(s.nextFire("weekly")).isPresent();
      assertThat(jobsInDatabase()).containsExactlyInAnyOrder("every-second", "weekly");

      s.sync(List.of(source("weekly", null)));
      assertThat(jobsInDatabase()).containsExactly("weekly");
      assertThat(s.nextFire("every-second")).isEmpty();
    }
  }

  @Test
  void aSourceWithAnInvalidCronIsReportedAndNotScheduled() throws Exception {
    assertThat(CrawlScheduler.cronProblem(Source.WEEKLY)).isEmpty();
    assertThat(CrawlScheduler.cronProblem("every monday")).get().asString().contains("every monday");
    try (CrawlScheduler s = new CrawlScheduler(TestDatabase.dataSource(), config("solo", false), (String id) -> { })) {
      List<String> problems = s.sync(List.of(source("bad", "61 * * * * ?"), source("weekly", null)));
      assertThat(problems).singleElement().asString().contains("source bad").contains("61 * * * * ?");
      assertThat(jobsInDatabase()).containsExactly("weekly");
    }
  }

  @Test
  void triggerNowRunsTheCrawlWithoutWaitingForItsSchedule() throws Exception {
    CountDownLatch latch = new CountDownLatch(1);
    try (CrawlScheduler s = new CrawlScheduler(TestDatabase.dataSource(), config("solo", false),
        (String id) -> latch.countDown())) {
      s.sync(List.of(source("weekly", null)));
      s.start();
      s.triggerNow("weekly");
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void twoClusteredNodesRunEachScheduledFireExactlyOnce() throws Exception {
    Map<String, String> nodeOfFire = new ConcurrentHashMap<>();
    List<String> duplicates = new CopyOnWriteArrayList<>();
    CountDownLatch fires = new CountDownLatch(4);
    try (CrawlScheduler a = new CrawlScheduler(TestDatabase.dataSource(), config("node-a", true),
             (id, key) -> record(nodeOfFire, duplicates, fires, "node-a", key));
         CrawlScheduler b = new CrawlScheduler(TestDatabase.dataSource(), config("node-b", true),
             (id, key) -> record(nodeOfFire, duplicates, fires, "node-b", key))) {
      a.sync(List.of(source("every-second", "* * * * * ?")));
      b.sync(List.of(source("every-second", "* * * * * ?")));
      a.start();
      b.start();
      assertThat(fires.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(names("select instance_name from qrtz_scheduler_state order by instance_name"))
          .containsExactly("node-a", "node-b");
    }
    assertThat(duplicates).isEmpty();
    assertThat(nodeOfFire).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void aSourceNeverHasTwoCrawlsAtATimeAcrossTheCluster() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    CountDownLatch crawls = new CountDownLatch(3);
    BiConsumer<String, String> slowCrawl = (id, key) -> {
      maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      crawls.countDown();
    };
    try (CrawlScheduler a = new CrawlScheduler(TestDatabase.dataSource(), config("node-a", true), slowCrawl);
         CrawlScheduler b = new CrawlScheduler(TestDatabase.dataSource(), config("node-b", true), slowCrawl)) {
      a.sync(List.of(source("every-second", "* * * * * ?")));
      a.start();
      b.start();
      assertThat(crawls.await(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(maxRunning.get()).isEqualTo(1);
  }

  @Test
  void aCrawlCutShortByADeadNodeIsRecoveredByAnotherWithTheSameRequestKey() throws Exception {
    CountDownLatch releaseA = new CountDownLatch(1);
    CountDownLatch startedOnA = new CountDownLatch(1);
    CountDownLatch recoveredOnB = new CountDownLatch(1);
    List<String> keys = new CopyOnWriteArrayList<>();
    CrawlScheduler a = new CrawlScheduler(TestDatabase.dataSource(), config("node-a", true), (id, key) -> {
      keys.add("a " + key);
      startedOnA.countDown();
      try {
        releaseA.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try {
      a.sync(List.of(source("weekly", null)));
      a.start();
      a.triggerNow("weekly");
      assertThat(startedOnA.await(20, TimeUnit.SECONDS)).isTrue();
      a.quartz().shutdown(false); // node A stops checking in while its crawl is still running: it "died"
      try (CrawlScheduler b = new CrawlScheduler(TestDatabase.dataSource(), config("node-b", true), (id, key) -> {
        keys.add("b " + key);
        recoveredOnB.countDown();
      })) {
        b.start();
        assertThat(recoveredOnB.await(40, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      releaseA.countDown();
    }
    assertThat(keys).hasSize(2);
    assertThat(keys.get(1).substring(2)).isEqualTo(keys.get(0).substring(2));
  }

  private static void record(Map<String, String> nodeOfFire, List<String> duplicates, CountDownLatch fires,
      String node, String key) {
    if (nodeOfFire.putIfAbsent(key, node) != null) {
      duplicates.add(key + " on " + node);
    }
    fires.countDown();
  }

  @Test
  void aTaskRunsOnItsCronNextToTheCrawlsAndSyncLeavesIt() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    try (CrawlScheduler s = new CrawlScheduler(TestDatabase.dataSource(), config("solo", false), (String id) -> { })) {
      s.tasks().schedule("laip-art10", "* * * * * ?", ran::countDown);
      s.sync(List.of(source("weekly", null)));
      s.start();
      assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(s.tasks().cronTrigger("laip-art10")).get().extracting(t -> t.getCronExpression()).isEqualTo("* * * * * ?");
      assertThat(names("select job_group || '/' || job_name from qrtz_job_details order by 1"))
          .containsExactly("crawl/weekly", "task/laip-art10");
      s.tasks().remove("laip-art10");
      assertThat(s.tasks().cronTrigger("laip-art10")).isEmpty();
    }
    assertThatInvalidCron();
  }

  private static void assertThatInvalidCron() {
    try (CrawlScheduler s = new CrawlScheduler(TestDatabase.dataSource(), config("solo", false), (String id) -> { })) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.tasks().schedule("x", "cada lunes", () -> { }))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cada lunes");
    }
  }

  private static List<String> jobsInDatabase() throws Exception {
    return names("select job_name from qrtz_job_details order by job_name");
  }

  private static List<String> names(String sql) throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection();
         PreparedStatement st = c.prepareStatement(sql);
         ResultSet rs = st.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
