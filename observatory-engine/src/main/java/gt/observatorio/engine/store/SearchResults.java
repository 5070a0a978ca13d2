package gt.observatorio.engine.store;

import java.util.List;

/** What a search found, grouped: institutions, published datasets and the publishers that name them. */
public record SearchResults(List<InstitutionHit> institutions, List<DatasetHit> datasets,
    List<PublisherHit> publishers) {

  public SearchResults {
    institutions = List.copyOf(institutions);
    datasets = List.copyOf(datasets);
    publishers = List.copyOf(publishers);
  }

  /** An institution of the registry, found by name, code, acronym or alias. */
  public record InstitutionHit(String code, String name, String acronym) {}

  /** A dataset of a source's latest published run, found by title or identifier. */
  public record DatasetHit(long id, String title, String institutionCode) {}

  /** A publisher named by published datasets, with how many and the institution they count for (or null). */
  public record PublisherHit(String name, String institutionCode, int datasets) {}
}
