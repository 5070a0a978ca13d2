package gt.observatorio.crawler.bench;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.CrawlerConfig;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the prober's throughput against a plain Vert.x server on many loopback addresses, next to
 * that server's raw ceiling measured with {@code wrk} (before and after). Not a unit test; run with
 * {@code bench/crawler-bench.sh probe}. Phases: wrk ceiling; politeness off (no pause, many lanes
 * per host) with and without content sniffing, over back-to-back batches of about 2 s (at least
 * {@code seconds} in all) after two warm-ups; politeness on (one lane per host, a pause) with and
 * without sniffing. Arguments (all optional, {@code key=value}): hosts=32 seconds=8 threads=32
 * perHost=4 delay=1000 phases=ceiling,off,on wrkConnections=64 sniff=both warmup=0 (warmup: extra seconds
 * of prober batches before each politeness-off measurement, after the two warm-up batches, so that
 * the JIT compiler has finished; 0 by default).
 */
public final class ProbeBenchmark {
  private ProbeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new TreeMap<>(Map.of("hosts", "32", "seconds", "8", "threads", "32",
        "perHost", "4", "delay", "1000", "phases", "ceiling,off,on", "wrkConnections", "64", "warmup", "0"));
    for (String arg : args) {
      a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    int hosts = Integer.parseInt(a.get("hosts"));
    int seconds = Integer.parseInt(a.get("seconds"));
    List<String> phases = List.of(a.get("phases").split(","));
    System.out.printf("probe benchmark: %s cores=%d java=%s load=%.2f%n", a,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Machine.load());
    try (LoopbackCsvHosts srv = new LoopbackCsvHosts(hosts, 2)) {
      String csv = srv.bases().get(0) + "/d/ceiling.csv";
      int c = Integer.parseInt(a.get("wrkConnections"));
      List<Double> ceilings = new ArrayList<>();
      if (phases.contains("ceiling")) {
        Wrk.run(csv, 2, c, 2, "Range: bytes=0-8191");
        ceilings.add(ceiling(srv, csv, c, seconds));
      }
      int threads = Integer.parseInt(a.get("threads"));
      String perHost = a.get("perHost");
      List<Run> offRuns = new ArrayList<>();
      if (phases.contains("off")) {
        for (boolean sniff : new boolean[] {true, false}) {
          if (!a.getOrDefault("sniff", "both").equals("both") && !a.get("sniff").equals(Boolean.toString(sniff))) {
            continue;
          }
          offRuns.add(off(srv, cfg(threads, perHost, "0", sniff), seconds, Integer.parseInt(a.get("warmup"))));
        }
        if (phases.contains("ceiling")) {
          ceilings.add(ceiling(srv, csv, c, seconds));
        }
      }
      if (!ceilings.isEmpty() && !offRuns.isEmpty()) {
        double mean = ceilings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        StringBuilder shares = new StringBuilder();
        for (Run r : offRuns) {
          shares.append(String.format("; prober sniff %s %.1f%%", r.sniff() ? "on" : "off",
              100 * r.requestsPerSecond() / mean));
        }
        System.out.printf("ratio    wrk ceiling mean %.0f requests/s%s (requests/s over the ceiling; target >= 40%%)%n",
            mean, shares);
      }
      if (phases.contains("on")) {
        try (Crawler jit = Crawler.create(cfg(threads, perHost, "0", true), Clock.systemUTC())) {
          Run.of(srv, jit, urls(srv, "jit", 6000)); // compiles the probe path before pacing is measured
        }
        long delay = Long.parseLong(a.get("delay"));
        for (boolean sniff : new boolean[] {false, true}) {
          if (!a.getOrDefault("sniff", "both").equals("both") && !a.get("sniff").equals(Boolean.toString(sniff))) {
            continue;
          }
          on(srv, cfg(Math.max(threads, 2 * hosts), "1", Long.toString(delay), sniff), seconds, delay);
        }
      }
    }
    System.out.printf("load after: %.2f%n", Machine.load());
  }

  private static double ceiling(LoopbackCsvHosts srv, String csv, int connections, int seconds)
      throws Exception {
    long cpu = Machine.cpuNanos();
    long served = srv.requests();
    Wrk.Result w = Wrk.run(csv, 2, connections, seconds, "Range: bytes=0-8191");
    System.out.printf("ceiling  wrk -t2 -c%d -d%ds ranged GET %s: %.0f requests/s (non-2xx %d); server JVM CPU "
        + "%.1f us/request; load=%.2f%n", connections, seconds, csv, w.requestsPerSecond(), w.non2xx(),
        (Machine.cpuNanos() - cpu) / 1e3 / (srv.requests() - served), Machine.load());
    return w.requestsPerSecond();
  }

  private static CrawlerConfig cfg(int threads, String perHost, String delay, boolean sniff) {
    return TestCrawler.config(Map.of("crawler.maxConcurrency", Integer.toString(threads),
        "crawler.perHostConcurrency", perHost, "crawler.perHostDelayMillis", delay,
        "crawler.sniffContent", Boolean.toString(sniff), "crawler.robots.enabled", "true",
        "crawler.connectTimeoutMillis", "10000", "crawler.readTimeoutMillis", "10000",
        "crawler.totalTimeoutMillis", "30000"));
  }

  private static Run off(LoopbackCsvHosts srv, CrawlerConfig cfg, int seconds, int warmupSeconds) {
    try (Crawler crawler = Crawler.create(cfg, Clock.systemUTC())) {
      Run warm = Run.of(srv, crawler, urls(srv, "w", 4000));
      int again = (int) Math.max(2000, Math.min(100_000, warm.probesPerSecond() * 2));
      warm = Run.of(srv, crawler, urls(srv, "v", again));
      for (long end = System.nanoTime() + warmupSeconds * 1_000_000_000L; System.nanoTime() < end; ) {
        int n = (int) Math.max(2000, Math.min(100_000, warm.probesPerSecond() * 2));
        warm = Run.of(srv, crawler, urls(srv, "x", n));
      }
      Run run = new Run(cfg.sniffContent(), 0, 0, 0, new TreeMap<>());
      long cpu = Machine.cpuNanos();
      long jit = Machine.jitMillis();
      long gc = Machine.gcMillis();
      long connections = srv.connections();
      for (int batch = 0; run.seconds() < seconds; batch++) {
        double rate = run.probes() == 0 ? warm.probesPerSecond() : run.probesPerSecond();
        int n = (int) Math.max(2000, Math.min(400_000, rate * 2));
        run = run.plus(Run.of(srv, crawler, urls(srv, "m" + batch, n)));
      }
      double cpuPerRequest = (Machine.cpuNanos() - cpu) / 1e3 / run.requests();
      System.out.printf("off      sniff=%-5s threads=%d perHost=%d: %d probes in %.2fs = %.0f probes/s, "
          + "%.0f requests/s (%.2f requests/probe); JVM CPU (prober + server) %.1f us/request; "
          + "JIT compiling %d ms, GC %d ms during the measurement; %d new connections %s%n",
          cfg.sniffContent(), cfg.maxConcurrency(), cfg.perHostConcurrency(), run.probes(), run.seconds(),
          run.probesPerSecond(), run.requestsPerSecond(), (double) run.requests() / run.probes(), cpuPerRequest,
          Machine.jitMillis() - jit, Machine.gcMillis() - gc, srv.connections() - connections, run.outcomes());
      return run;
    }
  }

  private static void on(LoopbackCsvHosts srv, CrawlerConfig cfg, int seconds, long delay)
      throws InterruptedException {
    int hosts = srv.bases().size();
    int perProbe = cfg.sniffContent() ? 2 : 1;
    try (Crawler crawler = Crawler.create(cfg, Clock.systemUTC())) {
      Run.of(srv, crawler, urls(srv, "w", hosts * (int) Math.max(2, 3000 / delay / perProbe)));
      Thread.sleep(delay);
      int perHost = (int) Math.max(2, seconds * 1000L / delay / perProbe);
      srv.recording(true);
      Run run = Run.of(srv, crawler, urls(srv, "m", hosts * perHost));
      srv.recording(false);
      Gaps gaps = Gaps.of(srv.arrivals());
      System.out.printf("on       sniff=%-5s delay=%dms hosts=%d threads=%d: %d probes in %.2fs = %.1f probes/s, "
          + "%.1f requests/s (wall clock); allowed %d hosts x %.1f/s; "
          + "steady: mean gap between two requests to one host %.1fms = %.1f%% of the allowed rate "
          + "(target >= 95%%), min gap %.1fms %s%n", cfg.sniffContent(), delay, hosts, cfg.maxConcurrency(), hosts * perHost,
          run.seconds(), run.probesPerSecond(), run.requestsPerSecond(), hosts, 1000.0 / delay, gaps.meanMillis(), 100.0 * delay / gaps.meanMillis(), gaps.minMillis(),
          run.outcomes());
    }
  }

  private static List<String> urls(LoopbackCsvHosts srv, String tag, int n) {
    List<String> out = new ArrayList<>(n);
    List<String> bases = srv.bases();
    for (int i = 0; i < n; i++) {
      out.add(bases.get(i % bases.size()) + "/d/" + tag + System.nanoTime() % 100000 + "-" + i + ".csv");
    }
    return out;
  }

  /** One probeAll: time, requests the server saw, outcomes. */
  private record Run(boolean sniff, int probes, long requests, double seconds, Map<ProbeOutcome, Long> outcomes) {
    static Run of(LoopbackCsvHosts srv, Crawler crawler, List<String> urls) {
      long before = srv.requests();
      long start = System.nanoTime();
      Map<String, ProbeResult> out = crawler.prober().probeAll(urls, u -> null);
      double secs = (System.nanoTime() - start) / 1e9;
      return new Run(crawler.context().config().sniffContent(), out.size(), srv.requests() - before, secs,
          out.values().stream()
          .collect(Collectors.groupingBy(ProbeResult::outcome, TreeMap::new, Collectors.counting())));
    }

    Run plus(Run o) {
      Map<ProbeOutcome, Long> sum = new TreeMap<>(outcomes);
      o.outcomes.forEach((k, v) -> sum.merge(k, v, Long::sum));
      return new Run(sniff, probes + o.probes, requests + o.requests, seconds + o.seconds, sum);
    }

    double probesPerSecond() {
      return probes / seconds;
    }

    double requestsPerSecond() {
      return requests / seconds;
    }
  }

  /** Pauses between consecutive requests to one host, as the server saw them. */
  private record Gaps(double meanMillis, double minMillis) {
    static Gaps of(Map<String, List<Long>> arrivals) {
      long sum = 0;
      long count = 0;
      long min = Long.MAX_VALUE;
      for (List<Long> times : arrivals.values()) {
        List<Long> sorted = times.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
          long gap = sorted.get(i) - sorted.get(i - 1);
          sum += gap;
          count++;
          min = Math.min(min, gap);
        }
      }
      return count == 0 ? new Gaps(Double.NaN, Double.NaN) : new Gaps(sum / 1e6 / count, min / 1e6);
    }
  }
}
