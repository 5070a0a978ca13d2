package gt.observatorio.web.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.testing.EngineFixture;
import gt.observatorio.engine.testing.TestDatabase;
import io.vertx.core.Vertx;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Politeness across nodes (issue 18): two clustered nodes in this JVM, each with its own Quartz instance,
 * crawler and pool on one database, crawl at once two sources whose catalogs and files live on one WireMock
 * host. WireMock's request journal gives the time each request arrived: with the host's turn shared through
 * the database no two requests are closer than the delay, whichever node made them; with it switched off the
 * same crawl puts requests of the two nodes closer (the test would catch its absence).
 */
class ClusterPolitenessTest {
  private static final long DELAY_MILLIS = 400;
  /** The journal's times are whole milliseconds: a gap may read up to 1 ms short; allowed: 5 ms. */
  private static final long CLOCK_TOLERANCE_MILLIS = 5;
  private static final int DATASETS_PER_SOURCE = 5;

  private WireMockServer host;

  @BeforeEach
  void setUp() {
    TestDatabase.reset();
    host = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    host.start();
    host.stubFor(any(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(404)));
    host.stubFor(any(urlPathMatching("/[ab]/.*\\.csv"))
        .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody("a,b\n1,2\n")));
    for (String s : List.of("a", "b")) {
      host.stubFor(get(urlPathEqualTo("/" + s + "/data.json")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(dataJson(s))));
    }
  }

  @AfterEach
  void tearDown() {
    host.stop();
  }

  @Test
  void twoNodesSharingTheDatabaseNeverAskOneHostCloserThanTheDelay() throws Exception {
    Journal j = crawlOnTwoNodes("on");
    System.out.printf("cluster politeness, shared host turns on: %d requests (%s), min gap %d ms, delay %d ms%n",
        j.times.size(), j.perNode, j.minGapMillis(), DELAY_MILLIS);
    assertThat(j.perNode).as("both nodes fetched from the host").containsOnlyKeys("node-a", "node-b");
    assertThat(j.perNode.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(DATASETS_PER_SOURCE));
    assertThat(j.minGapMillis()).isGreaterThanOrEqualTo(DELAY_MILLIS - CLOCK_TOLERANCE_MILLIS);
    assertThat(strings("select state || ' ' || node from crawl_run order by node"))
        .containsExactly("succeeded node-a", "succeeded node-b");
  }

  @Test
  void withoutTheSharedTurnTheSameCrawlPutsRequestsCloserThanTheDelay() throws Exception {
    Journal j = crawlOnTwoNodes("off");
    System.out.printf("cluster politeness, shared host turns off: %d requests (%s), min gap %d ms, delay %d ms%n",
        j.times.size(), j.perNode, j.minGapMillis(), DELAY_MILLIS);
    assertThat(j.perNode).containsOnlyKeys("node-a", "node-b");
    assertThat(j.minGapMillis()).isLessThan(DELAY_MILLIS - CLOCK_TOLERANCE_MILLIS);
  }

  /** Both nodes up, each triggers one source (each has one crawl thread, so each runs one), until both end. */
  private Journal crawlOnTwoNodes(String shared) throws Exception {
    List<Source> sources = List.of(source("a"), source("b"));
    Vertx vertx = Vertx.vertx();
    try (var db = TestDatabase.open(vertx)) {
      EngineFixture.join(new RegistryRepository(db.pool()).upsert(
          List.of(new Institution("NODOS", "Institución de prueba de nodos", "ministerio", "x")), sources));
    } finally {
      EngineFixture.join(vertx.close());
    }
    try (PoliteNode a = new PoliteNode(TestDatabase.config(), "node-a", DELAY_MILLIS, shared, sources);
         PoliteNode b = new PoliteNode(TestDatabase.config(), "node-b", DELAY_MILLIS, shared, sources)) {
      // Whichever node takes the first crawl (one crawl thread each), the second is triggered on the other one,
      // which a trigger wakes at once: both crawl at the same time.
      long deadline = System.nanoTime() + 120_000_000_000L;
      a.scheduler.triggerNow("nodos-a");
      List<String> first;
      while ((first = strings("select node from crawl_run where node is not null")).isEmpty()) {
        assertThat(System.nanoTime()).as("a node takes the first crawl").isLessThan(deadline);
        Thread.sleep(20);
      }
      (first.get(0).equals("node-a") ? b : a).scheduler.triggerNow("nodos-b");
      while (strings("select state from crawl_run where finished_at is not null").size() < 2) {
        assertThat(System.nanoTime()).as("both crawls finish").isLessThan(deadline);
        Thread.sleep(200);
      }
    }
    return new Journal(host.getAllServeEvents().stream().map(e -> e.getRequest()).toList());
  }

  private Source source(String s) {
    return new Source("nodos-" + s, "NODOS", URI.create(host.baseUrl() + "/" + s + "/data.json"), "datajson", null);
  }

  private String dataJson(String s) {
    List<String> datasets = new ArrayList<>();
    for (int i = 0; i < DATASETS_PER_SOURCE; i++) {
      datasets.add(String.format("{\"identifier\":\"%s-%d\",\"title\":\"Conjunto %s %d\",\"description\":\"Prueba\","
          + "\"distribution\":[{\"downloadURL\":\"%s/%s/%d.csv\",\"mediaType\":\"text/csv\"}]}",
          s, i, s, i, host.baseUrl(), s, i));
    }
    return "{\"dataset\":[" + String.join(",", datasets) + "]}";
  }

  /** The host's requests in order of arrival, and how many each node made. */
  private record Journal(List<Long> times, Map<String, Integer> perNode) {
    Journal(List<LoggedRequest> requests) {
      this(requests.stream().map(r -> r.getLoggedDate().getTime()).sorted(Comparator.naturalOrder()).toList(),
          count(requests));
    }

    private static Map<String, Integer> count(List<LoggedRequest> requests) {
      Map<String, Integer> n = new TreeMap<>();
      for (LoggedRequest r : requests) {
        String ua = r.getHeader("User-Agent");
        String node = ua.contains("node-a") ? "node-a" : ua.contains("node-b") ? "node-b" : ua;
        n.merge(node, 1, Integer::sum);
      }
      return n;
    }

    long minGapMillis() {
      long min = Long.MAX_VALUE;
      for (int i = 1; i < times.size(); i++) {
        min = Math.min(min, times.get(i) - times.get(i - 1));
      }
      return min;
    }
  }

  private static List<String> strings(String sql) throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
