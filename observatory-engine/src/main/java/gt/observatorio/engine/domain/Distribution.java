package gt.observatorio.engine.domain;

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
}
