package gt.observatorio.rules;

import gt.observatorio.engine.config.UserHome;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code rules} section of the configuration ({@code rules-defaults.yaml}).
 *
 * @param defaultProfile the profile used when none is named
 * @param userDir a directory of {@code <profile>.yaml} rule sets that add or override profiles;
 *     empty for none; {@code ~} is the user's home ({@code $HOME})
 */
public record RulesConfig(String defaultProfile, String userDir) {
  /** The defaults file, to pass to {@code ConfigLoader.load}. */
  public static final String DEFAULTS_RESOURCE = "rules-defaults.yaml";
  public static final String SECTION = "rules";

  public RulesConfig {
    defaultProfile = defaultProfile == null || defaultProfile.isBlank() ? "observatorio" : defaultProfile.strip();
  }

  /** The user directory, with {@code ~} expanded, when one is set. */
  public Optional<Path> userDirPath() {
    if (userDir == null || userDir.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(UserHome.expand(userDir.strip())));
  }
}
