package gt.observatorio.crawler.laip;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.port.Prober;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one portal's Article 10 publication: walks it ({@link LaipDiscoverer}), probes the newest
 * documents and links of each numeral (at most {@code maxProbesPerNumeral}), and assesses the 29
 * numerals with the context's clock.
 *
 * <pre>{@code
 * try (Crawler crawler = Crawler.create(cfg, clock)) {
 *   LaipChecklist list = new LaipChecker(crawler.context(), crawler.prober(), LaipConfig.defaults())
 *       .check(URI.create("https://sanjuan.laip.gt/"));
 * }
 * }</pre>
 */
public final class LaipChecker {
  private final CrawlerContext ctx;
  private final Prober prober;
  private final LaipConfig config;
  private final LaipDiscoverer discoverer;
  private final NumeralAssessor assessor;

  public LaipChecker(CrawlerContext ctx, Prober prober, LaipConfig config) {
    this.ctx = ctx;
    this.prober = prober;
    this.config = config;
    this.discoverer = new LaipDiscoverer(ctx, config, new NumeralClassifier());
    this.assessor = new NumeralAssessor(config);
  }

  public LaipChecklist check(URI index) {
    Discovery d = discoverer.discover(index);
    Map<Integer, List<FoundLink>> byNumeral = new HashMap<>();
    d.links().forEach(l -> byNumeral.computeIfAbsent(l.numeral(), k -> new ArrayList<>()).add(l));
    Set<String> toProbe = new LinkedHashSet<>();
    for (List<FoundLink> ls : byNumeral.values()) {
      ls.stream().filter(l -> !d.fetched().containsKey(l.url())).sorted(NumeralAssessor.newestFirst())
          .limit(config.maxProbesPerNumeral()).forEach(l -> toProbe.add(l.url()));
    }
    Map<String, ProbeResult> checked = new HashMap<>(d.fetched());
    checked.putAll(prober.probeAll(toProbe, u -> null));
    YearMonth now = YearMonth.now(ctx.clock());
    List<LaipNumeralCheck> checks = new ArrayList<>();
    for (Art10Numeral n : Art10Numerals.all()) {
      checks.add(assessor.assess(n, byNumeral.getOrDefault(n.number(), List.of()), checked, now));
    }
    return new LaipChecklist(index.toString(), d.layout(), ctx.clock().instant(), checks, d.issues());
  }
}
