package gt.observatorio.engine.domain;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * @param shared a catalog shared by many institutions (e.g. datos.gob.gt): each dataset is attributed to the
 *     institution its publisher names, not to {@code institutionCode} (which then names the operator)
 * @param organization for a CKAN source, the one organization (name or id) to read; null reads them all
 */
public record Source(String id, String institutionCode, URI url, String kind, String cron, boolean shared,
    String organization) {
  public static final String WEEKLY = "0 0 3 ? * MON";
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(institutionCode, "institutionCode");
    Objects.requireNonNull(url, "url");
    kind = kindId(kind);
    cron = cron == null || cron.isBlank() ? WEEKLY : cron;
    organization = organization == null || organization.isBlank() ? null : organization.trim();
  }

  public Source(String id, String institutionCode, URI url, String kind, String cron) {
    this(id, institutionCode, url, kind, cron, false, null);
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

  /**
   * The URL to harvest: the source's URL, with the CKAN organization it is limited to as an
   * {@code organization} parameter (as in CKAN's own {@code /dataset?organization=...}).
   */
  public URI catalog() {
    if (organization == null) {
      return url;
    }
    String sep = url.getRawQuery() == null ? "?" : "&";
    return URI.create(url + sep + "organization=" + URLEncoder.encode(organization, StandardCharsets.UTF_8));
  }
}
