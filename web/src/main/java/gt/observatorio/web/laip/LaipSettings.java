package gt.observatorio.web.laip;

import gt.observatorio.crawler.laip.LaipConfig;
import gt.observatorio.engine.config.ConfigLoader;
import gt.observatorio.web.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds section {@code laip} with every module's defaults, the user's file and the environment. */
public final class LaipSettings {
  private LaipSettings() {}

  public static LaipConfig load(Optional<Path> file, Map<String, String> env) {
    List<String> defaults = new ArrayList<>(Settings.DEFAULTS);
    if (!defaults.contains(LaipConfig.DEFAULTS_RESOURCE)) {
      defaults.add(LaipConfig.DEFAULTS_RESOURCE);
    }
    return LaipConfig.from(ConfigLoader.load(defaults, file, env));
  }
}
