package gt.observatorio.engine.testing;

import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.CrawlStore;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.RegistryRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a pipeline test needs on the shared embedded database (emptied at creation): a clock,
 * test harvester, prober and scorers, the pipeline, the read model and the registry.
 */
public final class EngineFixture implements AutoCloseable {
  public static final Instant WEEK_1 = Instant.parse("2025-01-08T10:00:00Z"); // 2025-W02

  public final Vertx vertx = Vertx.vertx();
  public final Database db;
  public final MutableClock clock = new MutableClock(WEEK_1);
  public final InMemoryHarvester harvester = new InMemoryHarvester("ckan");
  public final TableProber prober = new TableProber(clock);
  public final List<Scorer> scorers = List.of(new CompletenessScorer("observatorio"),
      new CompletenessScorer("mqa"));
  public final CrawlPipeline pipeline;
  public final PgReadModel readModel;
  public final RegistryRepository registry;

  public EngineFixture(int batchSize) {
    TestDatabase.reset();
    db = TestDatabase.open(vertx);
    pipeline = new CrawlPipeline(CrawlStore.over(db.pool()), kind -> "ckan".equals(kind) ? harvester : null, prober,
        scorers, clock, new PipelineConfig("observatorio", batchSize, 1000));
    readModel = new PgReadModel(db.pool());
    registry = new RegistryRepository(db.pool());
  }

  /** Registers an institution with one CKAN source per given source id. */
  public Source[] register(String code, String... sourceIds) {
    Source[] out = Arrays.stream(sourceIds)
        .map(id -> new Source(id, code, URI.create("http://portal.test/" + id), "ckan", null))
        .toArray(Source[]::new);
    join(registry.upsert(List.of(new Institution(code, "Institución " + code, "ministerio", "trabajo")),
        List.of(out)));
    return out;
  }

  public static Dataset dataset(String id, String title, String description, String license, String... urls) {
    List<Distribution> ds = Arrays.stream(urls)
        .map(u -> new Distribution(null, u, u, "CSV", "text/csv", null, null, null, null, null)).toList();
    return new Dataset(id, title, description, "Publisher", null, List.of("k"), List.of(), license,
        "2024-01-01", "2024-06-01", "monthly", null, null, null, "http://portal.test/dataset/" + id, ds,
        "{\"id\":\"" + id + "\",\"title\":\"" + title + "\"}");
  }

  public long count(String sql) {
    Row r = join(db.pool().query(sql).execute()).iterator().next();
    return r.getLong(0);
  }

  public static <T> T join(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  @Override
  public void close() {
    db.close();
    join(vertx.close());
  }
}
