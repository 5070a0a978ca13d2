package gt.observatorio.engine.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kind of catalog or portal a source is; each kind has one harvester. */
public enum SourceKind {
  AUTO, CKAN, DCAT, DATAJSON, SOCRATA, OPENDATASOFT, HTML, SITEMAP, LAIP;

  /** The stable lower-case id used in files, the API and the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an id such as {@code ckan}; fails with the list of known ids. */
  public static SourceKind fromId(String id) {
    for (SourceKind k : values()) {
      if (k.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown source kind '" + id + "'; expected one of "
        + Arrays.stream(values()).map(SourceKind::id).collect(Collectors.joining(", ")));
  }
}
