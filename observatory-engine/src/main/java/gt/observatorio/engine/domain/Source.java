package gt.observatorio.engine.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A catalog or portal of an institution, crawled on a cron schedule.
 *
 * @param id stable id, e.g. {@code mintrab-ckan}
 * @param kind the id of the catalog kind whose harvester reads it, e.g. {@code ckan} or {@code auto};
 *     lower case letters, digits and hyphens. Which kinds exist is the crawler's registry of harvesters.
 * @param cron Quartz cron expression; weekly by default
 */
public record Source(String id, String institutionCode, URI url, String kind, String cron) {
  public static final String WEEKLY = "0 0 3 ? * MON";
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(url, "url");
    kind = kindId(kind);
    cron = cron == null || cron.isBlank() ? WEEKLY : cron;
  }

  /** A kind id trimmed and in lower case; fails when it is not a well-formed id. */
  public static String kindId(String kind) {
    Objects.requireNonNull(kind, "kind");
    String k = kind.trim().toLowerCase(Locale.ROOT);
    if (!KIND.matcher(k).matches()) {
      throw new IllegalArgumentException("malformed source kind '" + kind + "'");
    }
    return k;
  }
}
