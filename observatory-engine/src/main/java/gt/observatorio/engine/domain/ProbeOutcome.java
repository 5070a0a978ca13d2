package gt.observatorio.engine.domain;

import java.util.Locale;

/** The typed outcome of probing one URL; the HTTP status is kept apart. */
public enum ProbeOutcome {
  REACHABLE(true),
  REDIRECTED(true),
  NOT_MODIFIED(true),
  CLIENT_ERROR(false),
  SERVER_ERROR(false),
  RATE_LIMITED(false),
  TIMEOUT(false),
  DNS_FAILURE(false),
  TLS_FAILURE(false),
  CONNECTION_FAILED(false),
  PROTOCOL_ERROR(false),
  INVALID_URL(false),
  DISALLOWED_BY_ROBOTS(false),
  BLOCKED_PRIVATE_ADDRESS(false),
  TOO_LARGE(false),
  TOO_MANY_REDIRECTS(false),
  NOT_PROBED(false);

  private final boolean reachable;

  ProbeOutcome(boolean reachable) {
    this.reachable = reachable;
  }

  /** Whether the resource answered with content (2xx, after redirects, or unchanged since last time). */
  public boolean reachable() {
    return reachable;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
