package gt.observatorio.engine.maturity;

import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.Text;
import java.util.List;
import java.util.Optional;

/**
 * A versioned maturity model, as loaded from its file: a change to the file is a new version, and every
 * result names the model's id, version and content hash.
 *
 * @param contentHash SHA-256 of the model's canonical content
 */
public record MaturityModel(String id, String version, String contentHash, Text title, Text description,
    List<MaturityLevel> levels, List<MaturityDimension> dimensions, List<Criterion> criteria,
    List<KeyDataset> keyDatasets, List<SourceRef> sources) {

  public MaturityModel {
    levels = List.copyOf(levels);
    dimensions = List.copyOf(dimensions);
    criteria = List.copyOf(criteria);
    keyDatasets = keyDatasets == null ? List.of() : List.copyOf(keyDatasets);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public Optional<Criterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public MaturityLevel level(int number) {
    return levels.stream().filter(l -> l.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no level " + number));
  }

  public int lowestLevel() {
    return levels.stream().mapToInt(MaturityLevel::number).min().orElse(1);
  }

  public List<Criterion> criteria(String dimension) {
    return criteria.stream().filter(c -> c.dimension().equals(dimension)).toList();
  }

  /** The key datasets the institution is expected to publish. */
  public List<KeyDataset> keyDatasetsFor(Institution institution) {
    return keyDatasets.stream().filter(k -> k.appliesTo(institution)).toList();
  }
}
