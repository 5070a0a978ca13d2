package gt.observatorio.engine.domain;

import java.util.List;

/**
 * A dataset mapped to the common DCAT-shaped model. Values are kept as declared by the catalog;
 * {@code rawMetadata} is the original record (JSON or RDF text) kept for audit.
 */
public record Dataset(
    String identifier,
    String title,
    String description,
    String publisher,
    String contactPoint,
    List<String> keywords,
    List<String> themes,
    String license,
    String issued,
    String modified,
    String accrualPeriodicity,
    String spatial,
    String temporal,
    String accessRights,
    String landingPage,
    List<Distribution> distributions,
    String rawMetadata) {

  public Dataset {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    themes = themes == null ? List.of() : List.copyOf(themes);
    distributions = distributions == null ? List.of() : List.copyOf(distributions);
  }
}
