package gt.observatorio.engine.bench;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.testing.EngineFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how long the pipeline takes to store a large catalog on the embedded database, first new
 * then unchanged, with the in-test prober and scorers (so it measures the engine, not the network).
 * Not a unit test. Run: {@code java -cp <test classpath> gt.observatorio.engine.bench.PipelineBenchmark 20000}
 */
public final class PipelineBenchmark {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    try (EngineFixture f = new EngineFixture(500)) {
      Source s = f.register("BENCH", "bench-ckan")[0];
      List<Dataset> ds = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ds.add(EngineFixture.dataset("ds-" + i, "Conjunto " + i, i % 3 == 0 ? null : "Descripción " + i,
            i % 2 == 0 ? "CC-BY-4.0" : null, "http://files.test/" + i + ".csv", "http://files.test/" + i + ".json"));
      }
      f.harvester.serve(s.url(), ds);
      for (String label : List.of("new", "unchanged")) {
        long t0 = System.nanoTime();
        CrawlRun run = f.pipeline.crawl(s);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %d datasets, %d distributions, %s in %.1f s (%.0f datasets/s)%n", label,
            run.datasets(), run.distributions(), run.state().id(), secs, run.datasets() / secs);
        f.clock.advance(Duration.ofDays(7));
      }
      System.out.printf("rows: dataset_version=%d score=%d run_dataset=%d run_score=%d probe_observation=%d%n",
          f.count("select count(*) from dataset_version"), f.count("select count(*) from score"),
          f.count("select count(*) from run_dataset"), f.count("select count(*) from run_score"),
          f.count("select count(*) from probe_observation"));
      System.out.println("database size: " + f.count("select pg_database_size(current_database()) / 1048576") + " MiB");
    }
    System.exit(0);
  }
}
