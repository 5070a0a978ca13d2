package gt.observatorio.web.digest;

import gt.observatorio.engine.config.ConfigException;

/**
 * The {@code mail} section of the configuration (see {@code web-defaults.yaml}): the SMTP server the digests and
 * alerts go through, the public address their links point to, the sending pace and retries, and when they run.
 *
 * @param tls {@code none}, {@code starttls} (required) or {@code tls} (implicit TLS, e.g. port 465)
 * @param publicUrl the site's public base URL, for the links in messages (confirmation, unsubscribe, pages)
 * @param perMinute at most this many messages a minute
 * @param maxAttempts a message is given up after this many failed attempts
 * @param retrySeconds the delay before the first retry; it doubles at each failed attempt
 */
public record MailConfig(boolean enabled, String smtpHost, int smtpPort, String tls, String username, String password,
    String from, String publicUrl, int perMinute, int maxAttempts, int retrySeconds, String digestCron,
    String alertCron) {

  public static final String SECTION = "mail";

  /** Checks what sending needs when it is enabled; the error names the key. */
  public MailConfig validated(String origin) {
    if (!enabled) {
      return this;
    }
    if (blank(smtpHost)) {
      throw new ConfigException(origin, SECTION + ".smtpHost", "is required when mail.enabled is true");
    }
    if (blank(from)) {
      throw new ConfigException(origin, SECTION + ".from", "is required when mail.enabled is true");
    }
    if (blank(publicUrl) || !publicUrl.matches("(?i)https?://\\S+")) {
      throw new ConfigException(origin, SECTION + ".publicUrl", "must be the site's http(s) address when mail.enabled is true");
    }
    if (!tls.equals("none") && !tls.equals("starttls") && !tls.equals("tls")) {
      throw new ConfigException(origin, SECTION + ".tls", "must be none, starttls or tls: " + tls);
    }
    if (smtpPort < 1 || smtpPort > 65535 || perMinute < 1 || maxAttempts < 1 || retrySeconds < 0) {
      throw new ConfigException(origin, SECTION, "smtpPort 1-65535, perMinute >= 1, maxAttempts >= 1, retrySeconds >= 0");
    }
    return this;
  }

  /** The public base URL without a trailing slash. */
  public String base() {
    return publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
