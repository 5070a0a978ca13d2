package gt.observatorio.web.cli;

import gt.observatorio.web.Settings;
import gt.observatorio.web.demo.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The offline demo, on a throw-away embedded database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
      "Demostración sin conexión: portales simulados en loopback, rastreados N semanas por el flujo real;",
      "luego sirve la API y la página.",
      "Offline demo: simulated portals on loopback crawled for N weeks through the real pipeline,",
      "then the API and the page."})
public final class DemoCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--port", defaultValue = "8080",
      description = "Puerto HTTP (0: uno libre) / HTTP port (0: a free one). Default: ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--weeks", defaultValue = "8",
      description = "Semanas simuladas (1-104) / Simulated weeks. Default: ${DEFAULT-VALUE}")
  int weeks;

  @Option(names = "--exit-when-done", description = "Salir tras rastrear / Exit once crawled (for scripts)")
  boolean exitWhenDone;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (weeks < 1 || weeks > 104) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--weeks debe estar entre 1 y 104 / must be 1-104");
    }
    long t0 = System.nanoTime();
    Path dataDir = Files.createTempDirectory("observatorio-demo-db");
    Settings settings = Settings.forDemo(config.file(), System.getenv(), dataDir, port);
    Demo demo;
    try {
      demo = Demo.start(settings, weeks, System.out);
    } catch (RuntimeException e) {
      deleteQuietly(dataDir);
      throw e;
    }
    Thread stop = new Thread(() -> {
      demo.close();
      deleteQuietly(dataDir);
    }, "observatorio-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    System.out.printf("Listo en %.1f s / Ready in %.1f s%n", secondsSince(t0), secondsSince(t0));
    System.out.printf("Observatorio (datos simulados / simulated data): http://%s:%d/%n",
        settings.web().host(), demo.port());
    if (exitWhenDone) {
      Runtime.getRuntime().removeShutdownHook(stop);
      stop.run();
      return ExitCodes.OK;
    }
    System.out.println("Ctrl-C para detener / to stop");
    KeepAlive.request();
    return ExitCodes.OK;
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // a temporary directory: best effort
    }
  }
}
