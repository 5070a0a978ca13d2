package gt.observatorio.engine.domain;

import java.util.List;

/**
 * One distribution of a dataset, as the catalog declares it (DCAT-shaped). Values are kept as
 * declared: dates are the catalog's strings, so that rules can report malformed ones.
 *
 * @param rights the rights statement (DCAT {@code dct:rights}): a URI or a label, as declared;
 *     data.json's dataset-level {@code rights} and CKAN's resource {@code rights} map here
 */
public record Distribution(
    String title,
    String accessUrl,
    String downloadUrl,
    String format,
    String mediaType,
    Long byteSize,
    String license,
    String issued,
    String modified,
    String rights) {

  /** The URL to probe: the download URL when declared, else the access URL. */
  public String probeUrl() {
    return downloadUrl != null && !downloadUrl.isBlank() ? downloadUrl : accessUrl;
  }

  /**
   * Every URL to probe: {@link #probeUrl()} and, when the distribution also declares a different
   * access URL, that one too, so that the access and download URLs are each checked. Blank URLs
   * are left out.
   */
  public List<String> probeUrls() {
    String main = probeUrl();
    boolean hasMain = main != null && !main.isBlank();
    boolean other = accessUrl != null && !accessUrl.isBlank() && !accessUrl.equals(main);
    if (hasMain && other) {
      return List.of(main, accessUrl);
    }
    return hasMain ? List.of(main) : other ? List.of(accessUrl) : List.of();
  }
}
