package gt.observatorio.engine.maturity;

import java.util.List;

/**
 * One key dataset expected of an institution and the harvested datasets that cover it.
 *
 * @param matched datasets found by title, keywords or themes (rejected ones left out)
 * @param confirmed datasets an editor confirmed
 * @param rejected datasets an editor rejected
 */
public record KeyDatasetMatch(KeyDataset keyDataset, List<InstitutionEvidence.HarvestedDataset> matched,
    List<String> confirmed, List<String> rejected) {

  public KeyDatasetMatch {
    matched = List.copyOf(matched);
    confirmed = List.copyOf(confirmed);
    rejected = List.copyOf(rejected);
  }

  public boolean found() {
    return !matched.isEmpty() || !confirmed.isEmpty();
  }
}
