package gt.observatorio.crawler.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.TestCrawler;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints probe throughput against WireMock on loopback: {@code urls} URLs spread over {@code hosts}
 * loopback addresses (127.0.0.1, 127.0.0.2, ...), each a HEAD + ranged GET. Not a unit test.
 *
 * <pre>mvn -q -pl crawler test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=gt.observatorio.crawler.bench.ProbeBenchmark -Dexec.args="2000 20 8 0"</pre>
 * Arguments: urls, hosts, maxConcurrency, perHostDelayMillis.
 */
public final class ProbeBenchmark {
  private ProbeBenchmark() {}

  public static void main(String[] args) {
    int urls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String threads = args.length > 2 ? args[2] : "8";
    String delay = args.length > 3 ? args[3] : "0";
    WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64)
        .disableRequestJournal());
    wm.start();
    wm.stubFor(any(urlPathMatching("/d/.*")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
        .withHeader("Content-Length", "4096").withBody(new byte[0])));
    List<String> list = new ArrayList<>();
    for (int i = 0; i < urls; i++) {
      list.add("http://127.0.0." + (1 + i % hosts) + ":" + wm.port() + "/d/" + i + ".csv");
    }
    try (CrawlerContext ctx = TestCrawler.context(Map.of("crawler.maxConcurrency", threads,
        "crawler.perHostConcurrency", "1", "crawler.perHostDelayMillis", delay,
        "crawler.robots.enabled", "false", "crawler.sniffContent", "false"))) {
      HttpProber prober = new HttpProber(ctx);
      prober.probeAll(list.subList(0, Math.min(200, urls)), u -> null);
      long start = System.nanoTime();
      Map<String, ProbeResult> out = prober.probeAll(list.subList(Math.min(200, urls), urls), u -> null);
      double secs = (System.nanoTime() - start) / 1e9;
      List<Long> lat = out.values().stream().map(ProbeResult::latencyMillis).sorted().toList();
      Map<ProbeOutcome, Long> outcomes = out.values().stream()
          .collect(Collectors.groupingBy(ProbeResult::outcome, Collectors.counting()));
      System.out.printf("probes=%d hosts=%d threads=%s delay=%sms time=%.2fs rate=%.0f/s p50=%dms p99=%dms %s%n",
          out.size(), hosts, threads, delay, secs, out.size() / secs, lat.get(lat.size() / 2),
          lat.get((int) (lat.size() * 0.99)), outcomes);
    } finally {
      wm.stop();
    }
  }
}
