package gt.observatorio.web.cli;

import gt.observatorio.engine.store.Blocking;
import gt.observatorio.web.Observatory;
import gt.observatorio.web.Settings;
import gt.observatorio.web.registry.Registry;
import gt.observatorio.web.registry.RegistryLoader;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Real use: loads the registry, schedules the crawls and serves the API and the page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Carga el registro, programa los rastreos y sirve la API y la página.",
      "Loads the registry, schedules the crawls and serves the API and the page."})
public final class ServeCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    Settings settings = Settings.load(config.file(), System.getenv());
    Registry registry = RegistryLoader.load(settings.web().registryFile(), settings.scheduler());
    Observatory obs = Observatory.start(settings, Clock.systemUTC(), false);
    Runtime.getRuntime().addShutdownHook(new Thread(obs::close, "observatorio-shutdown"));
    Signals.stopOn(obs::close, java.time.Duration.ofSeconds(settings.web().shutdownGraceSeconds() + 10L));
    obs.housekeeping().abandonStaleRuns();
    obs.registration().register(registry);
    obs.scheduling().scheduleRegistered();
    ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "observatorio-housekeeping");
      t.setDaemon(true);
      return t;
    });
    housekeeping.scheduleWithFixedDelay(() -> {
      try {
        obs.housekeeping().daily(registry.sources());
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("housekeeping failed: {}", e.toString());
      }
    }, 1, 24 * 60, TimeUnit.MINUTES);
    int port = Blocking.await(obs.serve(settings.web()));
    System.out.printf("Observatorio: http://%s:%d/ (%d instituciones / institutions, %d fuentes / sources)%n",
        settings.web().host(), port, registry.institutions().size(), registry.sources().size());
    KeepAlive.request();
    return ExitCodes.OK;
  }
}
