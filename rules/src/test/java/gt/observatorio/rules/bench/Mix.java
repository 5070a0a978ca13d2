package gt.observatorio.rules.bench;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic mix of snapshots for benchmarks and property checks: CKAN-, DCAT- and data.json-like
 * spellings, 1-4 distributions, some fields missing, some dates malformed, most URLs probed.
 */
public final class Mix {
  static final String[] FORMATS = {"CSV", "csv", ".xlsx", "Excel", "XLS", "PDF", "JSON", "hoja de cálculo",
      "http://publications.europa.eu/resource/authority/file-type/CSV", "text/csv", "ZIP", "HTML", "", null};
  static final String[] MEDIA = {"text/csv", "application/vnd.ms-excel", "application/pdf", "application/json", null, null};
  static final String[] LICENCES = {"cc-by", "CC-BY-4.0", "notspecified", "https://creativecommons.org/licenses/by/4.0/",
      "Dominio público", "CC BY-NC 4.0", "other-closed", "Licencia propia", null, null};
  static final String[] PERIODS = {"mensual", "anual", "R/P1M", "R/P3M", "trimestral", "irregular",
      "http://publications.europa.eu/resource/authority/frequency/MONTHLY", "semanal", "", null};
  static final String[] DATES = {"2025-05-20T09:02:11.120004", "2024-01-10", "2023-01-10T10:00:00Z", "15/01/2020",
      "2025-03-01", null};
  static final ProbeOutcome[] OUTCOMES = {ProbeOutcome.REACHABLE, ProbeOutcome.REACHABLE, ProbeOutcome.REACHABLE,
      ProbeOutcome.REDIRECTED, ProbeOutcome.CLIENT_ERROR, ProbeOutcome.TIMEOUT, ProbeOutcome.NOT_PROBED};
  static final String[] SNIFFED = {"CSV", "XLSX", "XLS", "PDF", "HTML", "JSON", null};
  public static final Instant AS_OF = Instant.parse("2025-06-01T00:00:00Z");

  private Mix() {}

  public static List<DatasetSnapshot> generate(int n, long seed) {
    Random r = new Random(seed);
    List<DatasetSnapshot> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int nd = 1 + r.nextInt(4);
      List<Distribution> dists = new ArrayList<>();
      Map<String, ProbeResult> probes = new HashMap<>();
      for (int k = 0; k < nd; k++) {
        String url = "https://datos.gob.gt/dataset/" + i + "/resource/" + k + "/download/f" + k + ".csv";
        boolean download = r.nextInt(4) > 0;
        dists.add(new Distribution("recurso " + k, "https://datos.gob.gt/dataset/" + i, download ? url : null,
            pick(r, FORMATS), pick(r, MEDIA), r.nextBoolean() ? 1000L + r.nextInt(100000) : null,
            r.nextInt(3) == 0 ? pick(r, LICENCES) : null, pick(r, DATES), pick(r, DATES), null));
        String probed = download ? url : "https://datos.gob.gt/dataset/" + i;
        if (r.nextInt(10) > 0) {
          ProbeOutcome o = pick(r, OUTCOMES);
          String sniffed = pick(r, SNIFFED);
          String lastModified = r.nextBoolean() ? "Tue, 20 May 2025 09:02:11 GMT" : null;
          probes.put(probed, o == ProbeOutcome.NOT_PROBED ? ProbeResult.notProbed(probed, AS_OF)
              : new ProbeResult(probed, o, o == ProbeOutcome.TIMEOUT ? null : o.reachable() ? 200 : 404, null,
                  List.of(), null, null, o.reachable() ? sniffed : null, null, lastModified, null, true, 30, AS_OF, null));
        }
      }
      List<String> kw = new ArrayList<>();
      for (int k = r.nextInt(5); k > 0; k--) {
        kw.add("palabra" + k);
      }
      Dataset d = new Dataset("ds-" + i, r.nextInt(10) > 0 ? "Conjunto de datos número " + i : null,
          r.nextInt(5) > 0 ? "Descripción del conjunto de datos con cobertura, fuente y método " + i : "corta",
          r.nextInt(6) > 0 ? "Ministerio " + (i % 40) : null, r.nextBoolean() ? "datos@minis.gob.gt" : null,
          kw, r.nextBoolean() ? List.of("economia") : List.of(), pick(r, LICENCES), pick(r, DATES), pick(r, DATES),
          pick(r, PERIODS), r.nextBoolean() ? "Guatemala" : null, r.nextBoolean() ? "2020/2024" : null,
          r.nextBoolean() ? "public" : null, "https://datos.gob.gt/dataset/" + i, dists, null);
      out.add(new DatasetSnapshot(d, probes, AS_OF));
    }
    return out;
  }

  private static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }
}
