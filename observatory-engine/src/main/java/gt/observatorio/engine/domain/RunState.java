package gt.observatorio.engine.domain;

import java.util.Locale;

/** Lifecycle of a crawl run: queued, running, then succeeded, failed or partial. */
public enum RunState {
  QUEUED, RUNNING, SUCCEEDED, FAILED, PARTIAL;

  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == PARTIAL;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
