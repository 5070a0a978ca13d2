package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.Attribution;
import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.ScoreCard;
import java.util.List;

/**
 * One harvested dataset as a run stores it: its key within the source, its content and its score
 * cards (one per scorer).
 *
 * @param key the identifier within the source (see {@link #keyOf(Dataset)})
 * @param attribution for a dataset of a shared catalog, the institution its publisher names; null otherwise
 */
public record DatasetRecord(String key, Dataset dataset, List<ScoreCard> scores, Attribution attribution) {
  private static final int MAX_KEY = 500;

  public DatasetRecord {
    scores = List.copyOf(scores);
  }

  public DatasetRecord(String key, Dataset dataset, List<ScoreCard> scores) {
    this(key, dataset, scores, null);
  }

  /**
   * The dataset's identifier, or, when the catalog gives none (or an absurdly long one), a stable
   * stand-in derived from its landing page, title or content.
   */
  public static String keyOf(Dataset d) {
    String id = JsonCodec.clean(d.identifier());
    if (id != null && !id.isBlank() && id.length() <= MAX_KEY) {
      return id.trim();
    }
    String basis = id != null && !id.isBlank() ? id
        : d.landingPage() != null && !d.landingPage().isBlank() ? d.landingPage()
        : d.title() != null && !d.title().isBlank() ? d.title()
        : JsonCodec.datasetMetadata(d);
    return "sha256:" + JsonCodec.sha256(basis);
  }
}
