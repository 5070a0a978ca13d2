package gt.observatorio.engine.domain;

import java.util.List;

/**
 * An accepted contest of a finding (right of reply): the rule's findings on one dataset are waived while the
 * dataset's content is the one contested. Waivers are passed to a scorer as data; the scorer stays pure.
 *
 * @param contest the id of the accepted contest
 * @param ruleId the rule whose findings are waived
 * @param contentHash the content hash of the dataset version contested; a changed dataset is scored again in full
 * @param reason the institution's reason, as accepted
 * @param evidenceUrl the institution's evidence, or null
 */
public record Waiver(long contest, String ruleId, String contentHash, String reason, String evidenceUrl) {

  /** The waivers that hold for a dataset whose content now has this hash. */
  public static List<Waiver> holding(List<Waiver> waivers, String contentHash) {
    if (waivers == null || waivers.isEmpty()) {
      return List.of();
    }
    return waivers.stream().filter(w -> w.contentHash().equals(contentHash)).toList();
  }
}
