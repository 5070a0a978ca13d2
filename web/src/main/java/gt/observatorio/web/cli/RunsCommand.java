package gt.observatorio.web.cli;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Lists the latest crawl runs with their state and counts. */
@Command(name = "runs", mixinStandardHelpOptions = true,
    description = {"Lista las ejecuciones de rastreo.", "Lists crawl runs."})
public final class RunsCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--limit", defaultValue = "50", description = "Cuántas / How many. Default: ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--json", description = "Una línea JSON por ejecución / One JSON line per run")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    try (Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      List<CrawlRun> runs = Blocking.await(obs.stores().read().runs(Math.max(1, limit)));
      if (!json) {
        out.printf("%-6s %-28s %-9s %-10s %-20s %9s %8s %7s%n", "run", "fuente / source", "semana", "estado",
            "inicio / started", "conjuntos", "sondeos", "errores");
      }
      for (CrawlRun r : runs) {
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", r.id());
          m.put("source", r.sourceId());
          m.put("week", r.week() == null ? null : r.week().toString());
          m.put("state", r.state().id());
          m.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
          m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
          m.put("datasets", r.datasets());
          m.put("distributions", r.distributions());
          m.put("probes", r.probes());
          m.put("errors", r.errors());
          m.put("message", r.message());
          out.println(CliJson.line(m));
        } else {
          out.printf("%-6d %-28s %-9s %-10s %-20s %9d %8d %7d%n", r.id(), r.sourceId(), r.week(), r.state().id(),
              r.startedAt() == null ? "" : r.startedAt().toString().substring(0, 19), r.datasets(), r.probes(), r.errors());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
