package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.store.RescoreRepository.PublishedRun;
import gt.observatorio.engine.store.RescoreRepository.RunDataset;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The store as rescoring sees it: blocking calls, made only from the observatory's own threads (never
 * from a Vert.x event loop or worker). {@link #over} gives the PostgreSQL one.
 */
public interface RescoreStore {
  /** The published runs, oldest first. */
  List<PublishedRun> publishedRuns();

  /** The dataset versions a run saw. */
  List<RunDataset> datasetsOf(long runId);

  /** The latest probe result of each URL first seen no later than {@code at}. */
  Map<String, ProbeResult> probesAt(Collection<String> urls, Instant at);

  /** Replaces a run's scores under one profile, recomputing its week's aggregates and ranks. */
  void replaceScores(PublishedRun run, String profile, List<Long> datasetIds, List<ScoreCard> cards);

  /** Accepted contests, by dataset id; none by default. */
  default Map<Long, List<Waiver>> waivers() {
    return Map.of();
  }

  static RescoreStore over(Pool pool) {
    RescoreRepository repo = new RescoreRepository(pool);
    ContestRepository contests = new ContestRepository(pool);
    return new RescoreStore() {
      @Override
      public Map<Long, List<Waiver>> waivers() {
        return Blocking.await(contests.waiversByDataset());
      }

      @Override
      public List<PublishedRun> publishedRuns() {
        return Blocking.await(repo.publishedRuns());
      }

      @Override
      public List<RunDataset> datasetsOf(long runId) {
        return Blocking.await(repo.datasetsOf(runId));
      }

      @Override
      public Map<String, ProbeResult> probesAt(Collection<String> urls, Instant at) {
        return Blocking.await(repo.probesAt(urls, at));
      }

      @Override
      public void replaceScores(PublishedRun run, String profile, List<Long> datasetIds, List<ScoreCard> cards) {
        Blocking.await(repo.replaceScores(run, profile, datasetIds, cards));
      }
    };
  }
}
