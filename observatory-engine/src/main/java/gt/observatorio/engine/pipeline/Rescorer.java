package gt.observatorio.engine.pipeline;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.RescoreRepository.PublishedRun;
import gt.observatorio.engine.store.RescoreRepository.RunDataset;
import gt.observatorio.engine.store.RescoreStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Recomputes the stored history under a rule set without crawling again: every published run is
 * scored anew from the dataset versions it saw and the probe results as they stood when it ran
 * (the snapshot's clock is the run's start), with the accepted contests that hold for each version, and the
 * weekly aggregates and ranks follow.
 */
public final class Rescorer {
  /** What a rescore did. */
  public record Summary(String profile, int runs, int datasets) {}

  private final RescoreStore store;
  private final Scorer scorer;

  public Rescorer(RescoreStore store, Scorer scorer) {
    this.store = store;
    this.scorer = scorer;
  }

  /** The published runs, oldest first (to size a progress bar). */
  public List<PublishedRun> runs() {
    return store.publishedRuns();
  }

  /** Rescores the given runs; blocking, never on an event loop. {@code afterRun} sees each run done. */
  public Summary rescore(List<PublishedRun> runs, Consumer<PublishedRun> afterRun) {
    String profile = scorer.ruleSet().profile();
    int datasets = 0;
    Map<Long, List<Waiver>> waivers = store.waivers();
    for (PublishedRun run : runs) {
      List<RunDataset> seen = store.datasetsOf(run.id());
      // Immutable once, so each snapshot shares it (Map.copyOf of an unmodifiable map is the map itself).
      Map<String, ProbeResult> probes = Map.copyOf(store.probesAt(urls(seen), run.finishedAt()));
      List<Long> ids = new ArrayList<>(seen.size());
      List<ScoreCard> cards = new ArrayList<>(seen.size());
      for (RunDataset d : seen) {
        ids.add(d.datasetId());
        List<Waiver> holding = Waiver.holding(waivers.get(d.datasetId()), d.contentHash());
        cards.add(scorer.score(new DatasetSnapshot(d.dataset(), probes, run.startedAt()), holding));
      }
      store.replaceScores(run, profile, ids, cards);
      datasets += seen.size();
      afterRun.accept(run);
    }
    return new Summary(profile, runs.size(), datasets);
  }

  private static Set<String> urls(List<RunDataset> seen) {
    Set<String> urls = new LinkedHashSet<>();
    for (RunDataset d : seen) {
      for (Distribution x : d.dataset().distributions()) {
        urls.addAll(x.probeUrls());
      }
    }
    return urls;
  }
}
