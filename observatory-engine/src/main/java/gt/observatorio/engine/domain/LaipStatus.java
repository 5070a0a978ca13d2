package gt.observatorio.engine.domain;

import java.util.Locale;

/** The state of one Article 10 numeral (Decreto 57-2008) on an institution's portal. */
public enum LaipStatus {
  /** Published, reachable and up to date for the update the law asks. */
  CURRENT(Text.of("Publicado y vigente", "Published and current")),
  /** Published and reachable, but older than the update the law asks (or undated). */
  STALE(Text.of("Publicado pero desactualizado", "Published but stale")),
  /** Linked, but no link answers with content. */
  BROKEN(Text.of("Enlace roto", "Link broken")),
  /** No page, section or document for the numeral was found. */
  NOT_FOUND(Text.of("No encontrado", "Not found")),
  /**
   * Linked, but the observatory could not check it: robots.txt forbids it, the page needs JavaScript,
   * or it points to an external folder (Google Drive, OneDrive, Dropbox). Neither compliant nor broken:
   * it stays in the denominator of the compliance share and is left to a person to verify.
   */
  NOT_VERIFIABLE(Text.of("No verificable automáticamente", "Could not be checked automatically"));

  private final Text label;

  LaipStatus(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LaipStatus fromId(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
