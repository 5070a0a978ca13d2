package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.ScoreCard;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * Score cards as the columns {@link DatasetRepository} binds: encoded (compacted JSON, content hash) when made, on the
 * caller's thread, so that storing a batch does no encoding on the database client's event loop (which the
 * benchmark's portals and other requests share). Each card belongs to the dataset at its owner index.
 */
final class CardColumns {
  private final int[] owners;
  private final String[] hashes;
  private final String[] profiles;
  private final Double[] percents;
  private final String[] ratings;
  private final Integer[] findings;
  private final String[] dimensions;
  private final CardCompaction compaction;

  /** The cards, each with the index of its dataset among the ids later given to {@link #datasetIds}. */
  CardColumns(List<ScoreCard> cards, int[] owners) {
    int n = cards.size();
    this.owners = owners.clone();
    hashes = new String[n];
    profiles = new String[n];
    percents = new Double[n];
    ratings = new String[n];
    findings = new Integer[n];
    dimensions = new String[n];
    for (int i = 0; i < n; i++) {
      ScoreCard c = cards.get(i);
      hashes[i] = JsonCodec.scoreCardHash(c);
      profiles[i] = c.ruleSet().profile();
      percents[i] = finite(c.percent());
      ratings[i] = c.rating();
      findings[i] = c.rules().stream().mapToInt(o -> o.findings().size()).sum();
      dimensions[i] = JsonCodec.dimensions(c.dimensions());
    }
    compaction = new CardCompaction(cards);
  }

  /** Cards each of its own dataset (the ids later given are the cards' own). */
  static CardColumns of(List<ScoreCard> cards) {
    int[] owners = new int[cards.size()];
    for (int i = 0; i < owners.length; i++) {
      owners[i] = i;
    }
    return new CardColumns(cards, owners);
  }

  /** A broken rule must not turn an institution's mean into NaN: non-finite numbers count as 0. */
  private static double finite(double d) {
    return Double.isFinite(d) ? d : 0;
  }

  int size() {
    return hashes.length;
  }

  /** The cards in the shape the store keeps them, once their texts and outcomes are interned. */
  CardCompaction compaction() {
    return compaction;
  }

  /** Each card's dataset id, from the ids of the owners. */
  Long[] datasetIds(Long[] ownerIds) {
    Long[] out = new Long[owners.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ownerIds[owners[i]];
    }
    return out;
  }

  /**
   * The eight columns of a score row, in the order of {@code score}'s insert (the rule set, score and maximum are
   * the card's own); {@code json} the stored cards.
   */
  Tuple insertArgs(Long[] datasetIds, String[] json) {
    return Tuple.tuple().addValue(datasetIds).addValue(hashes).addValue(profiles).addValue(percents)
        .addValue(ratings).addValue(findings).addValue(dimensions).addValue(json);
  }

  /** ($1 run, $2 dataset ids, $3 content hashes, $4 profiles): the links of the run to the scores. */
  Tuple linkArgs(long runId, Long[] datasetIds) {
    return Tuple.tuple().addLong(runId).addValue(datasetIds).addValue(hashes).addValue(profiles);
  }
}
