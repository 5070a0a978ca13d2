package gt.observatorio.engine.maturity;

import java.util.List;

/** What an automatic criterion reads: the evidence and the institution's key datasets, already matched. */
public record CriterionInput(InstitutionEvidence evidence, List<KeyDatasetMatch> keyDatasets) {
  public CriterionInput {
    keyDatasets = keyDatasets == null ? List.of() : List.copyOf(keyDatasets);
  }
}
