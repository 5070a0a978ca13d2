package gt.observatorio.engine.maturity;

import gt.observatorio.engine.maturity.InstitutionEvidence.HarvestedDataset;
import gt.observatorio.engine.maturity.InstitutionEvidence.KeyDatasetDecision;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds an institution's key datasets among its harvested datasets: a dataset matches when its title,
 * a keyword or a theme contains one of the key dataset's terms as whole words, ignoring case and
 * accents. An editor's confirmation adds a dataset; a rejection removes it.
 */
public final class KeyDatasetMatcher {
  private KeyDatasetMatcher() {}

  public static List<KeyDatasetMatch> match(MaturityModel model, InstitutionEvidence evidence) {
    List<KeyDatasetMatch> out = new ArrayList<>();
    for (KeyDataset key : model.keyDatasetsFor(evidence.institution())) {
      out.add(match(key, evidence.datasets(), evidence.decisions()));
    }
    return out;
  }

  static KeyDatasetMatch match(KeyDataset key, List<HarvestedDataset> datasets, List<KeyDatasetDecision> decisions) {
    Set<String> harvested = new HashSet<>();
    datasets.forEach(d -> harvested.add(d.id()));
    List<String> confirmed = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (KeyDatasetDecision d : decisions) {
      if (d.keyDatasetId().equals(key.id()) && harvested.contains(d.datasetId())) {
        (d.confirmed() ? confirmed : rejected).add(d.datasetId());
      }
    }
    List<String> terms = key.terms().stream().map(KeyDatasetMatcher::normalize).filter(t -> !t.isBlank()).toList();
    List<HarvestedDataset> matched = datasets.stream()
        .filter(d -> !rejected.contains(d.id()) && !confirmed.contains(d.id()))
        .filter(d -> terms.stream().anyMatch(t -> mentions(d, t)))
        .toList();
    return new KeyDatasetMatch(key, matched, confirmed, rejected);
  }

  private static boolean mentions(HarvestedDataset d, String term) {
    if (contains(d.title(), term)) {
      return true;
    }
    return d.keywords().stream().anyMatch(k -> contains(k, term)) || d.themes().stream().anyMatch(k -> contains(k, term));
  }

  private static boolean contains(String text, String term) {
    return text != null && (" " + normalize(text) + " ").contains(" " + term + " ");
  }

  /** Lower case, accents removed, every run of non-letters and non-digits one space. */
  static String normalize(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
