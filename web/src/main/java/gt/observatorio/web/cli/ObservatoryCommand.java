package gt.observatorio.web.cli;

import gt.observatorio.engine.config.ConfigException;
import gt.observatorio.engine.db.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code observatory} command line. */
@Command(
    name = "observatory",
    mixinStandardHelpOptions = true,
    version = "Observatorio de Datos Abiertos 0.1.0",
    description = {
      "Observatorio de Datos Abiertos de Guatemala: mide qué tan abiertos son los datos públicos.",
      "Open Data Observatory of Guatemala: measures how open public data is."},
    exitCodeListHeading = "%nCódigos de salida / Exit codes:%n",
    exitCodeList = {
      "0:éxito / success",
      "1:fallo / failure",
      "2:uso incorrecto / bad usage",
      "3:configuración inválida / bad configuration",
      "4:base de datos no disponible / database unavailable",
      "5:hallazgos que bloquean (score --fail-below) / blocking findings"},
    subcommands = {DemoCommand.class, ServeCommand.class, HarvestCommand.class, ProbeCommand.class, ScoreCommand.class,
      CrawlCommand.class, RunsCommand.class, UnattributedCommand.class, RescoreCommand.class, MethodologyCommand.class,
      BenchCommand.class, LaipCommand.class, Oc4idsCommand.class, TokenCommand.class, MaturityCommand.class,
      CommandLine.HelpCommand.class})
public final class ObservatoryCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--log-format", scope = CommandLine.ScopeType.INHERIT, paramLabel = "text|json",
      defaultValue = "${env:OBSERVATORY_LOG_FORMAT:-text}",
      description = "Formato de los registros: text (legible) o json / Log format: text (readable) or json")
  String logFormat;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ObservatoryCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      Throwable root = ex;
      while (root.getCause() != null && !(root instanceof ConfigException)) {
        root = root.getCause();
      }
      if (root instanceof DatabaseUnavailableException du) {
        line.getErr().println("Base de datos no disponible / Database unavailable: " + du.getMessage());
        return ExitCodes.DATABASE_UNAVAILABLE;
      }
      if (root instanceof ConfigException ce) {
        line.getErr().println("Configuración inválida / Bad configuration: " + ce.getMessage());
        return ExitCodes.BAD_CONFIGURATION;
      }
      line.getErr().println("Error: " + ex);
      return ExitCodes.FAILURE;
    });
    return cl;
  }

  public static void main(String[] args) {
    LogFormat.configure(args, System.getenv());
    int code = commandLine().execute(args);
    if (code != 0 || !KeepAlive.requested()) {
      System.exit(code);
    }
  }
}
