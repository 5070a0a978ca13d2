package gt.observatorio.web.cli;

import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.methodology.Methodology;
import gt.observatorio.web.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the methodology generated from the rule files: what is measured, why, with what weight. */
@Command(name = "methodology", mixinStandardHelpOptions = true,
    description = {"Escribe la metodología generada desde los archivos de reglas.",
      "Writes the methodology generated from the rule files."})
public final class MethodologyCommand implements Callable<Integer> {
  enum Format { md, html }

  @Mixin ConfigOption config;

  @Option(names = "--profile", description = "Perfil / Profile. Default: rules.defaultProfile")
  String profile;

  @Option(names = "--format", defaultValue = "md", description = "md | html. Default: ${DEFAULT-VALUE}")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    String p = profile == null ? settings.rules().defaultProfile() : profile;
    if (!Profiles.available(settings.rules().userDirPath()).contains(p)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "perfil desconocido / unknown profile '" + p
          + "'; " + Profiles.available(settings.rules().userDirPath()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.html ? Methodology.html(p, settings.rules().userDirPath())
        : Methodology.markdown(p, settings.rules().userDirPath()));
    out.flush();
    return ExitCodes.OK;
  }
}
