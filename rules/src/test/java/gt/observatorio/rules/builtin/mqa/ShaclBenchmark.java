package gt.observatorio.rules.builtin.mqa;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.rdf4j.model.Model;

/**
 * The per-dataset cost of the observatory's DCAT-AP 3.0 shapes ({@code mqa.dcatApCompliance}): a generated
 * catalog of N datasets (2 or 3 distributions each; some without description, licence, publisher or access
 * URL, so that results are produced as on real catalogs) is written as DCAT-AP RDF and validated dataset by
 * dataset, as the rule does, once with RDF4J's engine and once as the rule validates now (directly). Prints the measured time per dataset (mean, p50, p95, p99, and the thread's CPU time), the bytes allocated
 * per dataset, the peak heap and the heap retained after the run. Not a test:
 * {@code bench/rules-bench.sh shacl [N] [warmup]} (docs/benchmarks.md, "SHACL").
 */
public final class ShaclBenchmark {
  private ShaclBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    long t0 = System.nanoTime();
    DcatApShacl shapes = DcatApShacl.forResource(DcatApCompliance.DEFAULT_SHAPES);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    List<Dataset> catalog = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      catalog.add(dataset(i));
    }
    System.out.printf("SHACL DCAT-AP 3.0 shapes (%s), %d generated datasets after %d warm-up validations, -Xmx%d MiB, "
        + "%d available processors%n", DcatApCompliance.DEFAULT_SHAPES, n, warmup,
        Runtime.getRuntime().maxMemory() / 1048576, Runtime.getRuntime().availableProcessors());
    System.out.printf("  shapes load (first use): %.0f ms; evaluated directly (without RDF4J's engine): %s%n", loadMs,
        shapes.direct());
    measure("RDF4J's engine (the path before the direct evaluation)", shapes::validateWithEngine, catalog, warmup);
    measure("as the rule validates now (DcatApShacl.validate)", shapes::validate, catalog, warmup);
  }

  private static void measure(String label, Function<Model, DcatApShacl.Result> validate, List<Dataset> catalog,
      int warmup) {
    int n = catalog.size();
    for (int i = 0; i < warmup; i++) {
      validate.apply(DcatApRdf.of(catalog.get(i % n)));
    }
    System.gc();
    long baseline = usedHeap();
    MemoryPoolMXBean[] pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toArray(MemoryPoolMXBean[]::new);
    Arrays.stream(pools).forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocBefore = mx.getCurrentThreadAllocatedBytes();
    long cpuBefore = mx.getCurrentThreadCpuTime();
    long[] nanos = new long[n];
    long violations = 0;
    long warnings = 0;
    int conforming = 0;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      DcatApShacl.Result r = validate.apply(DcatApRdf.of(catalog.get(i)));
      nanos[i] = System.nanoTime() - s;
      violations += r.violations().size();
      warnings += r.warnings().size();
      conforming += r.conforms() ? 1 : 0;
    }
    double totalMs = (System.nanoTime() - start) / 1e6;
    long allocated = mx.getCurrentThreadAllocatedBytes() - allocBefore;
    double cpuMs = (mx.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
    long peak = Arrays.stream(pools).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long retained = usedHeap() - baseline;
    Arrays.sort(nanos);
    System.out.printf("%s:%n", label);
    System.out.printf("  total %.0f ms; per dataset: mean %.3f ms, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.2f ms "
        + "(%.0f datasets/s on one thread)%n", totalMs, totalMs / n, pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99),
        nanos[n - 1] / 1e6, n / (totalMs / 1000));
    System.out.printf("  CPU time of the validating thread per dataset: %.3f ms (less sensitive to a loaded machine "
        + "than wall time; the garbage collector's threads are not counted)%n", cpuMs / n);
    System.out.printf("  allocated per dataset: %.1f KiB (short-lived); peak heap during the run: %.1f MiB "
        + "(baseline after warm-up %.1f MiB); retained after the run: %.1f MiB%n", allocated / 1024.0 / n,
        peak / 1048576.0, baseline / 1048576.0, retained / 1048576.0);
    System.out.printf("  results: %d conforming datasets, %d violations, %d warnings%n", conforming, violations, warnings);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Dataset {@code i}: complete, except every 3rd has no description, every 5th no licence, every 7th no publisher. */
  static Dataset dataset(int i) {
    List<Distribution> dists = new ArrayList<>();
    for (int d = 0; d < 2 + i % 2; d++) {
      String url = "https://datos.ejemplo.gob.gt/dataset/" + i + "/recurso-" + d + (d == 0 ? ".csv" : ".json");
      dists.add(new Distribution("Recurso " + d, i % 11 == 0 ? null : url, url, d == 0 ? "CSV" : "JSON",
          d == 0 ? "text/csv" : "application/json", 1024L * (i + 1), i % 5 == 0 ? null : "CC-BY-4.0",
          "2024-01-" + (10 + d), "2024-06-01", null));
    }
    return new Dataset("ds-" + i, "Conjunto " + i, i % 3 == 0 ? null : "Descripción del conjunto " + i,
        i % 7 == 0 ? null : "Ministerio " + i % 13, "datos@ejemplo.gob.gt", List.of("presupuesto", "municipios"),
        List.of("http://publications.europa.eu/resource/authority/data-theme/GOVE"), i % 5 == 0 ? null : "CC-BY-4.0",
        "2024-01-10", "2024-06-01", "http://publications.europa.eu/resource/authority/frequency/MONTHLY",
        "Guatemala", "2024-01-01/2024-12-31", null, "https://datos.ejemplo.gob.gt/dataset/" + i, dists, null);
  }
}
