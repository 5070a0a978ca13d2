package gt.observatorio.web.bench;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.engine.store.DatasetCatalog;
import gt.observatorio.engine.store.DatasetFilter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the global datasets list ({@code GET /api/v1/datasets}, uncached: straight to SQL) over the
 * database a benchmark filled: each filter shape a few times, median and slowest.
 */
public final class ListQueryTimes {
  private static final int REPEATS = 7;

  private ListQueryTimes() {}

  /** The filter shapes the dashboard's datasets page sends. */
  static Map<String, DatasetFilter> shapes(String profile) {
    Map<String, DatasetFilter> m = new LinkedHashMap<>();
    m.put("page 1, by score", filter(profile, null, null, null, null, "score"));
    m.put("a finding (dimension licensing)", filter(profile, "licensing", null, null, null, "score"));
    m.put("a rule's findings (description)", filter(profile, null, "metadata.description", null, null, "-score"));
    m.put("format CSV, by name", filter(profile, null, null, "CSV", null, "name"));
    m.put("text \"prueba 42\"", filter(profile, null, null, null, "prueba 42", "score"));
    return m;
  }

  private static DatasetFilter filter(String profile, String dimension, String finding, String format, String text,
      String sort) {
    return new DatasetFilter(profile, null, dimension, finding, format, null, null, text, sort, 1, 50);
  }

  /** Runs every shape {@value #REPEATS} times and prints median and slowest time and the total matched. */
  public static void print(PrintWriter out, DatasetCatalog catalog, String profile) {
    out.println("  lista de conjuntos / datasets list (SQL, sin caché / uncached), " + REPEATS + " veces / runs:");
    shapes(profile).forEach((name, f) -> {
      double[] ms = new double[REPEATS];
      long total = 0;
      for (int i = 0; i < REPEATS; i++) {
        long t = System.nanoTime();
        total = Blocking.await(catalog.find(f)).total();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      out.printf("    %-34s mediana / median %8.1f ms, máx / max %8.1f ms, %,d coinciden / match%n",
          name, ms[REPEATS / 2], ms[REPEATS - 1], total);
    });
  }
}
