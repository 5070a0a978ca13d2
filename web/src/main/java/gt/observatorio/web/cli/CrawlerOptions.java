package gt.observatorio.web.cli;

import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.web.Settings;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that fetch from the network. */
final class CrawlerOptions {
  @Mixin ConfigOption config;

  @Option(names = "--allow-private-addresses",
      description = "Permitir direcciones privadas y loopback (pruebas) / Allow private and loopback addresses (tests)")
  boolean allowPrivate;

  @Option(names = "--json", description = "Una línea JSON por resultado / One JSON line per result")
  boolean json;

  Settings settings() {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (allowPrivate) {
      env.put(ConfigLoader.envName("crawler.allowPrivateAddresses"), "true");
    }
    return Settings.load(config.file(), env);
  }
}
