package gt.observatorio.engine.domain;

import java.net.URI;
import java.util.Objects;

/**
 * A catalog or portal of an institution, crawled on a cron schedule.
 *
 * @param id stable id, e.g. {@code mintrab-ckan}
 * @param cron Quartz cron expression; weekly by default
 */
public record Source(String id, String institutionCode, URI url, SourceKind kind, String cron) {
  public static final String WEEKLY = "0 0 3 ? * MON";

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    cron = cron == null || cron.isBlank() ? WEEKLY : cron;
  }
}
