package gt.observatorio.web.cli;

import gt.observatorio.engine.maturity.InstitutionMaturity;
import gt.observatorio.rules.maturity.MaturityModelException;
import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.maturity.MaturityModels;
import gt.observatorio.web.maturity.MaturityService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Computes the institutions' maturity for the current quarter; with {@code --model FILE}, adopts that model
 * version and recomputes every quarter stored under the current one, without crawling (the older version's
 * results stay stored and readable).
 */
@Command(name = "maturity", mixinStandardHelpOptions = true,
    description = {"Calcula la madurez institucional del trimestre; con --model, recalcula el historial con otra"
        + " versión del modelo, sin rastrear de nuevo.",
      "Computes institutional maturity for the quarter; with --model, recomputes the history under another model"
        + " version, without crawling again."})
public final class MaturityCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--model", description = "Archivo YAML del modelo de madurez / maturity model YAML file")
  Path model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    MaturityService.LoadedModel next = null;
    if (model != null) {
      try {
        next = MaturityModels.load(model.toString(), Files.readAllBytes(model));
      } catch (MaturityModelException e) {
        spec.commandLine().getErr().println("Modelo de madurez inválido / invalid maturity model:\n" + e.getMessage());
        return ExitCodes.BAD_CONFIGURATION;
      }
    }
    Settings settings = Settings.load(config.file(), System.getenv());
    try (Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      MaturityService service = obs.maturity();
      if (next != null) {
        List<String> quarters = Blocking.await(service.adopt(next));
        out.printf("%s %s (%s): %s recalculados / recomputed%n", next.model().id(), next.model().version(),
            next.model().contentHash().substring(0, 12), String.join(", ", quarters));
      }
      List<InstitutionMaturity> now = Blocking.await(service.computeNow());
      now.stream().sorted(Comparator.comparingInt(InstitutionMaturity::level).reversed()
              .thenComparing(Comparator.comparingDouble(InstitutionMaturity::metPercent).reversed()))
          .forEach(r -> out.printf("%s %-10s nivel/level %d  %5.1f %% criterios/criteria%n", r.quarter(),
              r.institution(), r.level(), r.metPercent()));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
