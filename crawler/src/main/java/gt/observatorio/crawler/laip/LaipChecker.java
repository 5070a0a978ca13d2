package gt.observatorio.crawler.laip;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.engine.compliance.PortalChecker;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.domain.ProbeOutcome;
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
 * <p>What cannot be checked is said so, never counted as broken or missing ({@link Unverifiable}):
 * pages robots.txt forbids, pages drawn by JavaScript and cloud storage folders (never fetched). Each
 * such link becomes an issue of the checklist; when the index page itself cannot be read, every
 * numeral is {@code not-verifiable}.
 *
 * <pre>{@code
 * try (Crawler crawler = Crawler.create(cfg, clock)) {
 *   LaipChecklist list = new LaipChecker(crawler.context(), crawler.prober(), LaipConfig.defaults())
 *       .check(URI.create("https://sanjuan.laip.gt/"));
 * }
 * }</pre>
 */
public final class LaipChecker implements PortalChecker {
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

  @Override
  public LaipChecklist check(URI index) {
    Discovery d = discoverer.discover(index);
    Map<Integer, List<FoundLink>> byNumeral = new HashMap<>();
    d.links().forEach(l -> byNumeral.computeIfAbsent(l.numeral(), k -> new ArrayList<>()).add(l));
    Set<String> toProbe = new LinkedHashSet<>();
    for (List<FoundLink> ls : byNumeral.values()) {
      ls.stream().filter(l -> !d.fetched().containsKey(l.url()) && l.kind() != FoundLink.Kind.EXTERNAL)
          .sorted(NumeralAssessor.newestFirst()).limit(config.maxProbesPerNumeral()).forEach(l -> toProbe.add(l.url()));
    }
    Map<String, ProbeResult> checked = new HashMap<>(d.fetched());
    checked.putAll(prober.probeAll(toProbe, u -> null));
    Map<String, Unverifiable> why = unverifiable(d, checked);
    YearMonth now = YearMonth.now(ctx.clock());
    Set<HarvestIssue> issues = new LinkedHashSet<>(d.issues());
    String indexUrl = index.toString();
    Unverifiable whole = why.get(indexUrl);
    if (whole != null) {
      issues.add(whole.issue("índice / index", indexUrl));
    }
    List<LaipNumeralCheck> checks = new ArrayList<>();
    for (Art10Numeral n : Art10Numerals.all()) {
      if (whole != null) {
        checks.add(new LaipNumeralCheck(n.number(), n.label(), n.update(), LaipStatus.NOT_VERIFIABLE,
            List.of(indexUrl), List.of(), null));
        continue;
      }
      List<FoundLink> found = byNumeral.getOrDefault(n.number(), List.of());
      checks.add(assessor.assess(n, found, checked, why, now));
      found.stream().filter(l -> why.containsKey(l.url()))
          .forEach(l -> issues.add(why.get(l.url()).issue("numeral " + n.number(), l.url())));
    }
    return new LaipChecklist(indexUrl, d.layout(), ctx.clock().instant(), checks, List.copyOf(issues));
  }

  private static Map<String, Unverifiable> unverifiable(Discovery d, Map<String, ProbeResult> checked) {
    Map<String, Unverifiable> why = new HashMap<>();
    checked.forEach((url, p) -> {
      if (p.outcome() == ProbeOutcome.DISALLOWED_BY_ROBOTS) {
        why.put(url, Unverifiable.ROBOTS);
      }
    });
    d.scriptPages().forEach(url -> why.put(url, Unverifiable.JAVASCRIPT));
    d.links().stream().filter(l -> l.kind() == FoundLink.Kind.EXTERNAL)
        .forEach(l -> why.put(l.url(), Unverifiable.EXTERNAL_FOLDER));
    return why;
  }
}
