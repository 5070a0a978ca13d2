package gt.observatorio.crawler.hostile;

import gt.observatorio.crawler.CrawlerConfig;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A generated large catalog harvested with the default body and triple limits: {@code bench/crawler-bench.sh
 * turtle N [grouped|ungrouped|datajson]} (under -Xmx512m) prints the outcome, size, time and peak heap.
 * {@code grouped}: DCAT Turtle of N datasets each followed by its distribution (6 triples a dataset);
 * {@code ungrouped}: the same with every distribution after all the datasets; {@code datajson}: a data.json
 * of N datasets. Not run by Surefire.
 */
public final class LargeTurtle {
  private LargeTurtle() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args.length > 0 ? args[0] : "66000");
    String shape = args.length > 1 ? args[1] : "grouped";
    IntFunction<byte[]> make = switch (shape) {
      case "ungrouped" -> HostileFaults::dcatTurtleUngrouped;
      case "datajson" -> HostileFaults::dataJson;
      default -> HostileFaults::dcatTurtle;
    };
    String kind = "datajson".equals(shape) ? "datajson" : "dcat";
    long bytes = make.apply(n).length;
    CrawlerConfig defaults = CrawlerConfig.defaults();
    HostileFaults.Fault f = HostileFaults.harvest("large-" + shape, "large " + shape, "ok:" + n, 600_000,
        kind, Map.of("crawler.maxBodyBytes", String.valueOf(defaults.maxBodyBytes()),
            "crawler.maxDecompressedBytes", String.valueOf(defaults.maxDecompressedBytes()),
            "crawler.limits.maxTriples", String.valueOf(defaults.limits().maxTriples()),
            "crawler.totalTimeoutMillis", "600000", "crawler.readTimeoutMillis", "600000"),
        Responses.body("datajson".equals(shape) ? "application/json" : "text/turtle", () -> make.apply(n)));
    FaultRunner.Measured m = FaultRunner.run(f);
    System.out.printf("%s, %d datasets, %.1f MB: %s in %d ms, peak heap %.1f MB of %d MB (%s)%n", shape, n,
        bytes / 1e6, m.observed().outcome(), m.millis(), m.peakHeapBytes() / 1e6, m.maxHeapBytes() >> 20,
        m.observed().detail());
  }
}
