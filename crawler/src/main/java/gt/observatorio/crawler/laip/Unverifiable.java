package gt.observatorio.crawler.laip;

import gt.observatorio.engine.domain.HarvestIssue;
import gt.observatorio.engine.domain.Text;
import java.util.Arrays;
import java.util.Optional;

/**
 * Why a numeral's page or document could not be checked automatically. Such a link is neither
 * evidence of publication nor a broken link; the numeral it alone supports is {@code not-verifiable}.
 */
public enum Unverifiable {
  /** The portal's robots.txt forbids the observatory to read it (RFC 9309 is obeyed). */
  ROBOTS("robots", "laip.robots_disallowed",
      Text.of("bloqueado por el robots.txt del portal: no se revisó", "blocked by the portal's robots.txt: not checked")),
  /** The page shows its content only by running JavaScript, which the observatory never does. */
  JAVASCRIPT("javascript", "laip.requires_javascript",
      Text.of("la página requiere JavaScript para mostrar su contenido", "the page requires JavaScript to show its content")),
  /** A folder or file on Google Drive, OneDrive, SharePoint or Dropbox, which the observatory does not fetch. */
  EXTERNAL_FOLDER("external-folder", "laip.external_folder",
      Text.of("publicado en una carpeta externa (Google Drive, OneDrive, Dropbox) que no puede verificarse automáticamente",
          "published in an external folder (Google Drive, OneDrive, Dropbox) that cannot be verified automatically"));

  private final String id;
  private final String issueCode;
  private final Text reason;

  Unverifiable(String id, String issueCode, Text reason) {
    this.id = id;
    this.issueCode = issueCode;
    this.reason = reason;
  }

  /** Stable id: {@code robots}, {@code javascript} or {@code external-folder}. */
  public String id() {
    return id;
  }

  /** The code of the checklist issue that records it, e.g. {@code laip.robots_disallowed}. */
  public String issueCode() {
    return issueCode;
  }

  public Text reason() {
    return reason;
  }

  /** The issue recording that a link could not be checked; {@code subject} names what it was for. */
  public HarvestIssue issue(String subject, String url) {
    return new HarvestIssue(issueCode, url, subject + ": " + reason.es() + " / " + reason.en());
  }

  /** The reason an issue code records, if it is one of these. */
  public static Optional<Unverifiable> ofIssueCode(String code) {
    return Arrays.stream(values()).filter(u -> u.issueCode.equals(code)).findFirst();
  }
}
