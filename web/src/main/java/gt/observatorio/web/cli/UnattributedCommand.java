package gt.observatorio.web.cli;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.registry.UnattributedPublishers;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the publishers of shared catalogs attributed to no institution, with the closest institutions. */
@Command(name = "unattributed", mixinStandardHelpOptions = true, description = {
    "Lista los publicadores de catálogos compartidos sin institución (agregue un alias al registro).",
    "Lists the publishers of shared catalogs attributed to no institution (add an alias to the registry)."})
public final class UnattributedCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--json", description = "Una línea JSON por publicador / One JSON line per publisher")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    try (Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      List<UnattributedPublishers.Row> rows = Blocking.await(UnattributedPublishers.list(obs.stores()));
      if (!json) {
        out.printf("%-20s %9s  %-24s %-50s %s%n", "fuente / source", "conjuntos", "atribución / attribution",
            "publicador / publisher", "más cercanas / closest");
      }
      for (UnattributedPublishers.Row r : rows) {
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("source", r.source());
          m.put("publisher", r.publisher());
          m.put("datasets", r.datasets());
          m.put("attribution", r.attribution());
          m.put("closest", r.closest());
          out.println(CliJson.line(m));
        } else {
          out.printf("%-20s %9d  %-24s %-50s %s%n", r.source(), r.datasets(), r.attribution(),
              HarvestCommand.trim(r.publisher(), 50), String.join(", ", r.closest()));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
