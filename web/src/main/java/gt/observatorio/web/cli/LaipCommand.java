package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.crawler.laip.LaipChecker;
import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.crawler.laip.Unverifiable;
import gt.observatorio.engine.domain.LaipChecklist;
import gt.observatorio.engine.domain.LaipNumeralCheck;
import gt.observatorio.web.Settings;
import gt.observatorio.web.laip.LaipJson;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the Article 10 checklist of one portal: each numeral's status, evidence and newest date. */
@Command(name = "laip", mixinStandardHelpOptions = true,
    description = {"Revisa el Artículo 10 (Decreto 57-2008) de un portal: los 29 numerales, su evidencia y vigencia.",
      "Checks a portal's Article 10 (Decree 57-2008): the 29 numerals, their evidence and currency."})
public final class LaipCommand implements Callable<Integer> {
  @Mixin CrawlerOptions options;

  @Parameters(index = "0", paramLabel = "URL",
      description = "Página de información pública de oficio / The portal's Article 10 page")
  URI url;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Fecha de referencia para la vigencia (por defecto hoy) / Reference date for currency (default today)")
  LocalDate asOf;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = options.settings();
    LaipConfig config = Settings.load(options.config.file(), new HashMap<>(System.getenv())).laip();
    Clock clock = asOf == null ? Clock.systemUTC()
        : Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    LaipChecklist list;
    try (Crawler crawler = Crawler.create(settings.crawler(), clock)) {
      list = new LaipChecker(crawler.context(), crawler.prober(), config).check(url);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      list.numerals().forEach(n -> out.println(CliJson.line(LaipJson.numeral(n, list.issues()))));
    } else {
      print(out, list);
    }
    out.flush();
    list.issues().forEach(i -> spec.commandLine().getErr().println(i.code() + ": " + i.message()));
    boolean failed = list.issues().stream().anyMatch(i -> Unverifiable.ofIssueCode(i.code()).isEmpty());
    return failed ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static void print(PrintWriter out, LaipChecklist list) {
    out.printf("Portal: %s  (diseño / layout: %s)%n", list.portalUrl(), list.layout());
    out.printf("Cumplimiento / compliance: %.1f %%   publicado / published: %.1f %%   "
        + "no verificable / not checked: %d%n%n", list.compliancePercent(), list.publishedPercent(),
        list.count(gt.observatorio.engine.domain.LaipStatus.NOT_VERIFIABLE));
    for (LaipNumeralCheck n : list.numerals()) {
      var unverified = LaipJson.unverifiable(n, list.issues());
      out.printf("%2d  %-14s %-8s %-30s %s%n", n.numeral(), n.status().id(),
          n.latestDate() == null ? "-" : n.latestDate(), HarvestCommand.trim(n.label(), 30),
          !unverified.isEmpty() ? unverified.get(0).reason().reason().es() + ": " + unverified.get(0).url()
              : n.evidence().isEmpty() ? (n.brokenLinks().isEmpty() ? "" : "roto / broken: " + n.brokenLinks().get(0))
              : n.evidence().get(0));
    }
  }
}
