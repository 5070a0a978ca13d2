package gt.observatorio.web.cli;

import gt.observatorio.crawler.harvest.CkanHarvester;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.bench.BenchDataDir;
import gt.observatorio.web.bench.BenchPortals;
import gt.observatorio.web.bench.HeapSampler;
import gt.observatorio.web.bench.ListQueryTimes;
import gt.observatorio.web.registry.Registry;
import io.micrometer.core.instrument.Timer;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The end-to-end benchmark: generated CKAN portals on loopback, harvested, probed, scored and stored
 * through the real pipeline on a throw-away embedded database; prints a report.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Prueba de rendimiento de punta a punta sobre portales generados en loopback.",
      "End-to-end benchmark on generated portals on loopback."})
public final class BenchCommand implements Callable<Integer> {
  private static final int PARALLEL_RUNS = 4;

  @Mixin ConfigOption config;
  @Mixin Progress progress;

  @Option(names = "--datasets", defaultValue = "100000", description = "Conjuntos / Datasets. Default: ${DEFAULT-VALUE}")
  int datasets;

  @Option(names = "--hosts", defaultValue = "8", description = "Portales (hosts) / Portals (hosts). Default: ${DEFAULT-VALUE}")
  int hosts;

  @Option(names = "--concurrency", defaultValue = "32",
      description = "Sondeos simultáneos / Probes in flight. Default: ${DEFAULT-VALUE}")
  int concurrency;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (datasets < hosts || hosts < 1 || hosts > 200) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--hosts must be 1-200 and at most --datasets");
    }
    PrintWriter out = spec.commandLine().getOut();
    int perHost = datasets / hosts;
    try (BenchDataDir dataDir = BenchDataDir.create(Path.of(System.getProperty("java.io.tmpdir")))) {
      return crawl(out, Settings.load(config.file(), overrides(dataDir.database())), perHost);
    }
  }

  private int crawl(PrintWriter out, Settings settings, int perHost) throws Exception {
    try (HeapSampler heap = new HeapSampler(); Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      BenchPortals portals = new BenchPortals(obs.vertx(), hosts, perHost);
      List<String> urls = Blocking.await(portals.start());
      Registry registry = registry(urls);
      obs.registration().register(registry);
      double loadBefore = loadAverage();
      long t0 = System.nanoTime();
      List<CrawlRun> runs = new ArrayList<>();
      try (Progress.AutoCloseableBar bar = progress.bar("Bench", (long) perHost * hosts, "conjuntos/datasets")) {
        bar.follow(obs.crawls()::harvestedCount);
        runs.addAll(obs.crawls().crawlAll(registry.sources()));
        bar.to(obs.crawls().harvestedCount());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      report(out, runs, seconds, heap, Blocking.await(obs.stores().queries().databaseBytes()), perHost);
      printCompletions(out, obs.meters().find(CrawlPipeline.COMPLETION_TIMER).timer(), loadBefore, loadAverage());
      printTables(out, Blocking.await(obs.stores().queries().tableBytes()),
          runs.stream().mapToLong(CrawlRun::datasets).sum());
      ListQueryTimes.print(out, obs.stores().catalog(), settings.pipeline().profile());
      Blocking.await(portals.stop());
      return runs.stream().allMatch(r -> r.state() == RunState.SUCCEEDED) ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  private Map<String, String> overrides(Path dataDir) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put(ConfigLoader.envName("db.url"), "");
    env.put(ConfigLoader.envName("db.embeddedDir"), dataDir.toString());
    env.put(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true");
    env.put(ConfigLoader.envName("crawler.perHostDelayMillis"), "0");
    env.put(ConfigLoader.envName("crawler.maxConcurrency"), Integer.toString(concurrency));
    // Runs crawl PARALLEL_RUNS portals at a time: the probes in flight are shared among those, not among every
    // portal (with 32 portals, concurrency / hosts would leave each run one probe in flight).
    int parallelRuns = Math.min(hosts, PARALLEL_RUNS);
    env.put(ConfigLoader.envName("crawler.perHostConcurrency"), Integer.toString(Math.max(1, concurrency / parallelRuns)));
    env.put(ConfigLoader.envName("scheduler.enabled"), "false");
    env.put(ConfigLoader.envName("scheduler.threads"), Integer.toString(parallelRuns));
    return env;
  }

  private static Registry registry(List<String> urls) {
    List<Institution> institutions = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String code = String.format("BENCH%03d", i);
      institutions.add(new Institution(code, "Institución de prueba " + i, "otro", "prueba"));
      sources.add(new Source(code.toLowerCase(java.util.Locale.ROOT), code, URI.create(urls.get(i)), CkanHarvester.KIND, null));
    }
    return new Registry(institutions, sources);
  }

  /** The system's load average over the last minute (negative where unknown). */
  private static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Time spent completing runs once harvested (publication: aggregates, datasets list, events). */
  private static void printCompletions(PrintWriter out, Timer completions, double loadBefore, double loadAfter) {
    if (completions != null && completions.count() > 0) {
      out.printf("  publicación / publication:     %.1f s en total / in all, %.1f s por ejecución / per run%n",
          completions.totalTime(TimeUnit.SECONDS), completions.mean(TimeUnit.SECONDS));
    }
    out.printf("  carga / load average (1 min):  %.1f al inicio / at start, %.1f al final / at the end%n",
        loadBefore, loadAfter);
    out.flush();
  }

  /** Where the database's bytes go: per table and per dataset, largest first (tables of 1 MB or more). */
  private static void printTables(PrintWriter out, Map<String, Long> tables, long datasets) {
    long total = tables.values().stream().mapToLong(Long::longValue).sum();
    out.printf("  tablas / tables:               %,d bytes, %,d bytes por conjunto / per dataset%n",
        total, datasets == 0 ? 0 : total / datasets);
    tables.forEach((name, bytes) -> {
      if (bytes >= 1 << 20) {
        out.printf("    %-28s %,8d KB  %,6d B/conjunto / dataset%n", name, bytes >> 10,
            datasets == 0 ? 0 : bytes / datasets);
      }
    });
  }

  private static void report(PrintWriter out, List<CrawlRun> runs, double seconds, HeapSampler heap, long dbBytes,
      int perHost) {
    long ds = runs.stream().mapToLong(CrawlRun::datasets).sum();
    long dist = runs.stream().mapToLong(CrawlRun::distributions).sum();
    long probes = runs.stream().mapToLong(CrawlRun::probes).sum();
    out.println("Observatorio — prueba de punta a punta / end-to-end benchmark");
    out.printf("  portales / portals:            %d (loopback, en el mismo proceso / in-process), %d conjuntos c/u / datasets each%n",
        runs.size(), perHost);
    out.printf("  conjuntos / datasets:          %,d%n", ds);
    out.printf("  distribuciones / distributions: %,d%n", dist);
    out.printf("  sondeos / probes:              %,d%n", probes);
    out.printf("  tiempo / time:                 %.1f s%n", seconds);
    out.printf("  conjuntos por s / datasets/s:  %.1f%n", ds / seconds);
    out.printf("  sondeos por s / probes/s:      %.1f%n", probes / seconds);
    out.printf("  montículo pico / peak heap:    %d MB de / of %d MB%n", heap.peakBytes() >> 20, heap.maxBytes() >> 20);
    out.printf("  tras GC, pico / after GC, peak: %d MB%n", heap.peakAfterGcBytes() >> 20);
    out.printf("  base de datos / database:      %d MB%n", dbBytes >> 20);
    out.printf("  ejecuciones / runs:            %s%n", runs.stream().map(r -> r.state().id()).distinct().toList());
    out.flush();
  }
}
