package gt.observatorio.web.cli;

import gt.observatorio.crawler.Crawler;
import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.HarvestSummary;
import gt.observatorio.engine.domain.PublisherMatcher;
import gt.observatorio.engine.pipeline.PublisherSpellings;
import gt.observatorio.web.Settings;
import gt.observatorio.web.registry.RegistryLoader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
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

  @CommandLine.Option(names = "--registry", paramLabel = "FILE", description = {
      "Registro con que atribuir cada conjunto a una institución por su publicador (imprime institution y publisher)",
      "Registry to attribute each dataset to an institution by its publisher (prints institution and publisher)"})
  Path registry;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String k = kind.kind;
    CatalogArgument.requireReadable(url, spec);
    Settings settings = options.settings();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PublisherMatcher matcher = registry == null ? null
        : new PublisherMatcher(RegistryLoader.load(registry.toString()).institutions());
    AtomicInteger n = new AtomicInteger();
    long t0 = System.nanoTime();
    HarvestSummary s;
    try (Crawler crawler = Crawler.create(settings.crawler(), Clock.systemUTC());
         Progress.AutoCloseableBar bar = progress.bar("Cosecha / Harvest", -1, "conjuntos/datasets")) {
      s = CatalogArgument.harvest(crawler, k, url, d -> {
        n.incrementAndGet();
        bar.step();
        Attribution a = matcher == null ? null : PublisherSpellings.attribute(matcher, d);
        if (options.json) {
          out.println(CliJson.line(a == null ? CliJson.dataset(d) : CliJson.attributed(CliJson.dataset(d), a)));
        } else if (a == null) {
          out.printf("%-40s  %-50s  %d distrib.%n", trim(d.identifier(), 40), trim(d.title(), 50), d.distributions().size());
        } else {
          out.printf("%-40s  %-40s  %-10s  %s%n", trim(d.identifier(), 40), trim(d.title(), 40),
              a.institutionCode() == null ? "-" : a.institutionCode(), trim(d.publisher(), 60));
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
