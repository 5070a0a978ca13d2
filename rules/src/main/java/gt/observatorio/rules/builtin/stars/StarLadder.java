package gt.observatorio.rules.builtin.stars;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.builtin.Paths;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.List;

/**
 * One distribution's five steps of Berners-Lee's ladder, each with what decided it, worked out by the same evidence as
 * the {@code stars.openness} rule ({@link StarEvidence}, CKAN QA's order): star 1 needs the link to answer, an open
 * licence and a data format (CKAN QA gives HTML or EXE 0); stars 2 to 5 are read from the format as CKAN QA does
 * (structured, non-proprietary, RDF; RDF formats give 5, no format gives 4 alone). A star counts ({@code met}) when
 * its own requirement and every lower one hold, so the number of met steps is the distribution's stars.
 *
 * @param stars the distribution's stars, 0 to 5 (what the rule gives it)
 * @param steps the five steps, star 1 first
 */
public record StarLadder(int stars, List<Step> steps) {
  /** The requirement of each star, by stable id. */
  public static final List<String> REQUIREMENTS =
      List.of("open-licence", "machine-readable", "open-format", "uri-rdf", "linked-data");

  /**
   * One step.
   *
   * @param star 1 to 5
   * @param requirement one of {@link #REQUIREMENTS}
   * @param met whether the star counts (its requirement and every lower one hold)
   * @param requirementMet whether its own requirement holds, lower steps aside
   * @param basis what decided it: {@code licence}, {@code broken-link}, or how the format was read ({@code sniffed},
   *     {@code extension}, {@code declared}, {@code unknown})
   * @param observed the value seen (a licence, a format, a probe outcome); {@code (vacío/empty)} when blank
   * @param evidence where it was seen, e.g. {@code distributions[0].license}
   */
  public record Step(int star, String requirement, boolean met, boolean requirementMet, String basis,
      String observed, String evidence) {}

  public StarLadder {
    steps = List.copyOf(steps);
  }

  /** The ladder of distribution {@code index} of {@code dataset}, with the latest probe of its URL (or null). */
  public static StarLadder of(Dataset dataset, int index, ProbeResult probe) {
    Distribution d = dataset.distributions().get(index);
    StarEvidence total = StarEvidence.of(d, probe, dataset);
    boolean broken = total.basis().equals("broken-link");
    StarEvidence format = StarEvidence.byFormat(d, broken ? null : probe);
    boolean own = d.license() != null && !d.license().isBlank();
    String licence = own ? d.license() : dataset.license();
    String licencePath = own ? Paths.dist(index, "license") : Paths.dataset("license");
    LicenceInfo l = Vocabularies.standard().licences().resolve(licence);
    String link = Paths.dist(index, d.downloadUrl() != null && !d.downloadUrl().isBlank() ? "downloadUrl" : "accessUrl");
    String formatPath = formatPath(index, d, format, link);
    List<Step> steps = new ArrayList<>(5);
    if (broken) {
      steps.add(new Step(1, REQUIREMENTS.get(0), false, false, "broken-link", total.value(), link));
    } else if (l == null || !l.open()) {
      steps.add(new Step(1, REQUIREMENTS.get(0), false, false, "licence", blankAsEmpty(licence), licencePath));
    } else if (format.stars() == 0) {
      steps.add(new Step(1, REQUIREMENTS.get(0), false, false, format.basis(), blankAsEmpty(format.value()), formatPath));
    } else {
      steps.add(new Step(1, REQUIREMENTS.get(0), total.stars() >= 1, true, "licence", licence, licencePath));
    }
    for (int k = 2; k <= 5; k++) {
      steps.add(new Step(k, REQUIREMENTS.get(k - 1), total.stars() >= k, format.stars() >= k, format.basis(),
          blankAsEmpty(format.value()), formatPath));
    }
    return new StarLadder(total.stars(), steps);
  }

  private static String formatPath(int index, Distribution d, StarEvidence format, String link) {
    return switch (format.basis()) {
      case "sniffed" -> Paths.dist(index, "probe.format");
      case "extension" -> link;
      case "declared" -> Paths.dist(index, format.value() != null && format.value().equals(d.format()) ? "format"
          : "mediaType");
      default -> Paths.dist(index, "format");
    };
  }

  private static String blankAsEmpty(String v) {
    return v == null || v.isBlank() ? "(vacío/empty)" : v;
  }
}
