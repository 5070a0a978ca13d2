package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Reads one catalog and prints its datasets; the summary goes to standard error. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
    description = {"Lee un catálogo e imprime sus conjuntos de datos.", "Reads one catalog and prints its datasets."})
public final class HarvestCommand implements Callable<Integer> {
  @Mixin CrawlerOptions options;
  @Mixin Progress progress;

  @Parameters(index = "0", paramLabel = "URL|FILE",
      description = "Catálogo o portal, o archivo local (CKAN JSON, DCAT, data.json) / Catalog or portal, or a local file")
  URI url;

  @Mixin KindOption kind;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String k = kind.kind;
    CatalogArgument.requireReadable(url, spec);
    Settings settings = options.settings();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AtomicInteger n = new AtomicInteger();
    long t0 = System.nanoTime();
    HarvestSummary s;
    try (Crawler crawler = Crawler.create(settings.crawler(), Clock.systemUTC());
         Progress.AutoCloseableBar bar = progress.bar("Cosecha / Harvest", -1, "conjuntos/datasets")) {
      s = CatalogArgument.harvest(crawler, settings.crawler().maxBodyBytes(), k, url, d -> {
        n.incrementAndGet();
        bar.step();
        if (options.json) {
          out.println(CliJson.line(CliJson.dataset(d)));
        } else {
          out.printf("%-40s  %-50s  %d distrib.%n", trim(d.identifier(), 40), trim(d.title(), 50), d.distributions().size());
        }
        out.flush();
      });
    }
    err.printf("Conjuntos / datasets: %d, distribuciones / distributions: %d, páginas / pages: %d, "
        + "errores / errors: %d (%.1f s)%n", s.datasets(), s.distributions(), s.pages(), s.issues().size(),
        (System.nanoTime() - t0) / 1e9);
    for (HarvestIssue i : s.issues()) {
      err.printf("  [%s] %s: %s%n", i.code(), i.url(), i.message());
    }
    return s.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  static String trim(String s, int n) {
    if (s == null) {
      return "";
    }
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
