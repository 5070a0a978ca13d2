package gt.observatorio.engine.db;

/**
 * The {@code db} section of the configuration (see {@code engine-defaults.yaml}).
 *
 * @param url external server as {@code postgresql://host:port/db}; empty for the embedded database
 */
public record DbConfig(
    String url, String user, String password, String embeddedDir, int embeddedPort, int poolSize) {

  public boolean embedded() {
    return url == null || url.isBlank();
  }
}
