package gt.observatorio.crawler.laip;

import gt.observatorio.crawler.CrawlerContext;
import gt.observatorio.crawler.HarvesterFactory;
import gt.observatorio.crawler.probe.HttpProber;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.engine.domain.LaipStatus;
import gt.observatorio.engine.port.Harvester;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code laip} source kind: checks an institution's Article 10 page and gives one dataset per
 * numeral found (identifier {@code art10-N}, its pages and documents as distributions, the newest
 * month as {@code modified}, the law's update as periodicity), so the common pipeline scores them.
 * Numerals not found or not verifiable give no dataset (their links must not be fetched again); the
 * full checklist, with them, comes from {@link LaipChecker}.
 */
public final class LaipHarvester implements Harvester {
  public static final String KIND = "laip";
  private final LaipChecker checker;

  public LaipHarvester(CrawlerContext ctx, LaipConfig config) {
    this.checker = new LaipChecker(ctx, new HttpProber(ctx), config);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public HarvestSummary harvest(URI catalog, Consumer<Dataset> sink) {
    LaipChecklist list = checker.check(catalog);
    int datasets = 0;
    int distributions = 0;
    for (LaipNumeralCheck n : list.numerals()) {
      if (n.status() == LaipStatus.NOT_FOUND || n.status() == LaipStatus.NOT_VERIFIABLE) {
        continue;
      }
      Dataset d = dataset(n, catalog);
      sink.accept(d);
      datasets++;
      distributions += d.distributions().size();
    }
    return new HarvestSummary(datasets, distributions, 1, list.issues());
  }

  static Dataset dataset(LaipNumeralCheck n, URI portal) {
    List<Distribution> ds = new ArrayList<>();
    for (String url : n.evidence()) {
      ds.add(new Distribution(null, url, PageScanner.isDocument(url) ? url : null, null, null, null, null, null,
          null, null));
    }
    for (String url : n.brokenLinks()) {
      ds.add(new Distribution(null, url, null, null, null, null, null, null, null, null));
    }
    String periodicity = switch (n.update()) {
      case "monthly" -> "R/P1M";
      case "yearly" -> "R/P1Y";
      default -> "irregular";
    };
    return new Dataset("art10-" + n.numeral(), "Artículo 10, numeral " + n.numeral() + ": " + n.label(),
        "Información pública de oficio (Decreto 57-2008), estado: " + n.status().label().es(), null, null,
        List.of("laip", "articulo 10"), List.of(), null, null, n.latestDate(), periodicity, null, null, "public",
        portal.toString(), ds, null);
  }

  /** Registers the {@code laip} harvester with the defaults of {@code laip-defaults.yaml}. */
  public static final class Factory implements HarvesterFactory {
    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public Harvester create(CrawlerContext ctx) {
      return new LaipHarvester(ctx, LaipConfig.defaults());
    }
  }
}
