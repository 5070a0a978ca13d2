package gt.observatorio.engine.db;

import gt.observatorio.engine.config.ConfigException;

/** The configured database cannot be reached, or the embedded one cannot start. */
public final class DatabaseUnavailableException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String file, String key, String reason, Throwable cause) {
    super(file, key, reason, cause);
  }
}
