package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.RankingRow;
import gt.observatorio.engine.store.RegistryRepository;
import gt.observatorio.engine.testing.CompletenessScorer;
import gt.observatorio.engine.testing.EngineFixture;
import gt.observatorio.engine.testing.InMemoryHarvester;
import gt.observatorio.engine.testing.SlowHarvester;
import gt.observatorio.engine.testing.TableProber;
import io.vertx.core.Vertx;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import static gt.observatorio.engine.testing.EngineFixture.join;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database server is stopped in the middle of a crawl and started again on the same data and
 * port ({@code -Dobservatorio.test.dbDownSeconds}, 5 by default; 30 in the scenario).
 */
class DatabaseOutageTest {
  private static final Source SOURCE = new Source("outage-ckan", "OUTAGE", URI.create("http://portal.test/outage"),
      "ckan", null);

  @Test
  void aRunCutByADatabaseOutageFailsUnpublishedAndTheSameServiceCrawlsAgainOnceItIsBack() throws Exception {
    int downSeconds = Integer.getInteger("observatorio.test.dbDownSeconds", 5);
    Path dir = Files.createTempDirectory("observatorio-outage-pg");
    EmbeddedPostgres pg = server(dir, 0);
    int port = pg.getPort();
    Vertx vertx = Vertx.vertx();
    Database db = Database.start(vertx, new DbConfig("postgresql://localhost:" + port + "/postgres", "postgres",
        "", "", 0, 4));
    try {
      InMemoryHarvester catalog = new InMemoryHarvester("ckan").serve(SOURCE.url(), catalog(20, "CC-BY-4.0"));
      SlowHarvester slow = new SlowHarvester(catalog, 0);
      Clock clock = Clock.systemUTC();
      CrawlPipeline pipeline = new CrawlPipeline(CrawlStore.over(db.pool()), kind -> slow, new TableProber(clock),
          List.of(new CompletenessScorer("observatorio")), clock, new PipelineConfig("observatorio", 5, 100, 120));
      PgReadModel read = new PgReadModel(db.pool());
      join(new RegistryRepository(db.pool()).upsert(
          List.of(new Institution("OUTAGE", "Institución", "ministerio", "x")), List.of(SOURCE)));
      CrawlRun first = pipeline.crawl(SOURCE);
      List<RankingRow> before = join(read.rankings(first.week(), "observatorio"));

      catalog.serve(SOURCE.url(), catalog(40, null));
      slow.delay(200);
      CompletableFuture<CrawlRun> cut = CompletableFuture.supplyAsync(() -> pipeline.crawl(SOURCE));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (links(db, "r.state = 'running'") < 5 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(links(db, "r.state = 'running'")).isGreaterThanOrEqualTo(5);
      pg.close();
      Thread.sleep(downSeconds * 1000L);
      pg = server(dir, port);

      CrawlRun failed = cut.get(150, TimeUnit.SECONDS);
      assertThat(failed.state()).isEqualTo(RunState.FAILED);
      assertThat(join(read.run(failed.id())).orElseThrow().run().state()).isEqualTo(RunState.FAILED);
      assertThat(links(db, "r.id = " + failed.id())).isZero();
      assertThat(join(read.rankings(first.week(), "observatorio"))).isEqualTo(before);

      slow.delay(0);
      CrawlRun again = pipeline.crawl(SOURCE);
      assertThat(again.state()).isEqualTo(RunState.SUCCEEDED);
      assertThat(join(read.rankings(again.week(), "observatorio"))).singleElement()
          .satisfies(r -> assertThat(r.week().datasets()).isEqualTo(40));
    } finally {
      db.close();
      join(vertx.close());
      pg.close();
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static EmbeddedPostgres server(Path dir, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
  }

  private static long links(Database db, String runCondition) throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("select count(*) from run_dataset rd join crawl_run r on r.id = rd.run_id"
             + " where " + runCondition)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Dataset> catalog(int n, String license) {
    List<Dataset> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(EngineFixture.dataset("ds-" + i, "Conjunto " + i, "Descripción " + i, license,
          "http://files.test/outage/" + i + ".csv"));
    }
    return out;
  }
}
