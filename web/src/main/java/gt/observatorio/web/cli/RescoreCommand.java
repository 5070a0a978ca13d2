package gt.observatorio.web.cli;

import gt.observatorio.engine.pipeline.Rescorer;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.RescoreRepository.PublishedRun;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Recomputes the stored history under the current rule sets, without crawling again. */
@Command(name = "rescore", mixinStandardHelpOptions = true,
    description = {"Recalcula el historial guardado con las reglas actuales, sin rastrear de nuevo.",
      "Recomputes the stored history under the current rule sets, without crawling again."})
public final class RescoreCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Mixin Progress progress;

  @Option(names = "--profile", description = "Solo este perfil / Only this profile (default: every profile)")
  String profile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    try (Observatory obs = Observatory.start(settings, Clock.systemUTC(), false)) {
      List<Scorer> chosen = obs.scoring().scorers().stream()
          .filter(s -> profile == null || s.ruleSet().profile().equals(profile)).toList();
      if (chosen.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "perfil desconocido / unknown profile: " + profile);
      }
      for (Scorer scorer : chosen) {
        Rescorer rescorer = obs.crawls().rescorer(scorer);
        List<PublishedRun> runs = rescorer.runs();
        Rescorer.Summary s;
        try (Progress.AutoCloseableBar bar = progress.bar("Recalculo / Rescore " + scorer.ruleSet().profile(),
            runs.size(), "ejecuciones/runs")) {
          s = rescorer.rescore(runs, r -> bar.step());
        }
        out.printf("%s %s (%s): %d ejecuciones / runs, %d conjuntos / datasets recalculados / rescored%n",
            s.profile(), scorer.ruleSet().version(), scorer.ruleSet().contentHash().substring(0, 12), s.runs(),
            s.datasets());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
