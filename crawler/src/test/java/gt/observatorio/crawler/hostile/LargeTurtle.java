package gt.observatorio.crawler.hostile;

import gt.observatorio.crawler.CrawlerConfig;
import java.util.Map;

/**
 * A generated DCAT Turtle catalog of N datasets (6 triples each) harvested with the default body and
 * triple limits: {@code bench/crawler-bench.sh turtle N} (under -Xmx512m) prints the outcome, time and
 * peak heap. Not run by Surefire.
 */
public final class LargeTurtle {
  private LargeTurtle() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args.length > 0 ? args[0] : "66000");
    CrawlerConfig defaults = CrawlerConfig.defaults();
    HostileFaults.Fault f = HostileFaults.harvest("large-turtle", "large Turtle", "ok:" + n, 600_000,
        "dcat", Map.of("crawler.maxBodyBytes", String.valueOf(defaults.maxBodyBytes()),
            "crawler.maxDecompressedBytes", String.valueOf(defaults.maxDecompressedBytes()),
            "crawler.limits.maxTriples", String.valueOf(defaults.limits().maxTriples()),
            "crawler.totalTimeoutMillis", "600000", "crawler.readTimeoutMillis", "600000"),
        Responses.body("text/turtle", () -> HostileFaults.dcatTurtle(n)));
    FaultRunner.Measured m = FaultRunner.run(f);
    System.out.printf("%d datasets (%d triples): %s in %d ms, peak heap %.1f MB of %d MB%n", n, n * 6,
        m.observed().outcome(), m.millis(), m.peakHeapBytes() / 1e6, m.maxHeapBytes() >> 20);
  }
}
