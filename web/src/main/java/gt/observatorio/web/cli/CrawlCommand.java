package gt.observatorio.web.cli;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.RunState;
import gt.observatorio.engine.domain.Source;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.registry.Registry;
import gt.observatorio.web.registry.RegistryLoader;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Crawls sources of the registry now, with progress, and prints each run's outcome. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Rastrea ahora fuentes del registro.", "Crawls sources of the registry now."})
public final class CrawlCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Mixin Progress progress;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection;

  static final class Selection {
    @Option(names = "--source", paramLabel = "ID", description = "Una fuente / One source")
    String source;

    @Option(names = "--institution", paramLabel = "CODE", description = "Las fuentes de una institución / An institution's sources")
    String institution;

    @Option(names = "--all", description = "Todas las fuentes / Every source")
    boolean all;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    Registry registry = RegistryLoader.load(settings.web().registryFile(), settings.scheduler());
    List<Source> chosen = choose(registry);
    PrintWriter out = spec.commandLine().getOut();
    try (Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      obs.registration().register(registry);
      List<CrawlRun> runs = new ArrayList<>();
      try (Progress.AutoCloseableBar bar = progress.bar("Rastreo / Crawl", -1, "conjuntos/datasets")) {
        bar.follow(obs.crawls()::harvestedCount);
        runs.addAll(obs.crawls().crawlAll(chosen));
        bar.to(obs.crawls().harvestedCount());
      }
      out.printf("%-6s %-28s %-10s %9s %9s %8s %7s  %s%n", "run", "fuente / source", "estado", "conjuntos",
          "distrib.", "sondeos", "errores", "mensaje / message");
      for (CrawlRun r : runs) {
        out.printf("%-6d %-28s %-10s %9d %9d %8d %7d  %s%n", r.id(), r.sourceId(), r.state().id(), r.datasets(),
            r.distributions(), r.probes(), r.errors(), r.message() == null ? "" : r.message());
      }
      out.flush();
      return runs.stream().allMatch(r -> r.state() == RunState.SUCCEEDED) ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  private List<Source> choose(Registry registry) {
    if (selection.all) {
      return registry.sources();
    }
    if (selection.source != null) {
      return List.of(registry.source(selection.source).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "fuente desconocida / unknown source: " + selection.source)));
    }
    List<Source> of = registry.sourcesOf(selection.institution.toUpperCase(Locale.ROOT));
    if (of.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "institución sin fuentes o desconocida / institution unknown or without sources: " + selection.institution);
    }
    return of;
  }
}
