package gt.observatorio.engine.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home directory as a shell sees it: {@code $HOME} when set (so {@code HOME=/srv/obs}
 * moves {@code ~/.observatorio}), else the JVM's {@code user.home} (from the password database).
 */
public final class UserHome {
  private UserHome() {}

  /** {@code path} with a leading {@code ~} replaced by the home directory; other paths unchanged. */
  public static String expand(String path) {
    return expand(path, System.getenv());
  }

  static String expand(String path, Map<String, String> env) {
    if (path == null || !(path.equals("~") || path.startsWith("~/"))) {
      return path;
    }
    return home(env) + path.substring(1);
  }

  /** The home directory. */
  public static Path home() {
    return Path.of(home(System.getenv()));
  }

  private static String home(Map<String, String> env) {
    String h = env.get("HOME");
    return h == null || h.isBlank() ? System.getProperty("user.home") : h;
  }
}
