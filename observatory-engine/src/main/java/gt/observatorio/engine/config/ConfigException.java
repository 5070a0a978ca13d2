package gt.observatorio.engine.config;

/** A configuration that cannot be used: names the file, the key and the reason. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String key;
  private final String reason;

  public ConfigException(String file, String key, String reason) {
    this(file, key, reason, null);
  }

  public ConfigException(String file, String key, String reason, Throwable cause) {
    super(file + ": " + (key == null || key.isEmpty() ? "" : "key '" + key + "': ") + reason, cause);
    this.file = file;
    this.key = key;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String key() {
    return key;
  }

  public String reason() {
    return reason;
  }
}
