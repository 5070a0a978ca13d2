package gt.observatorio.engine.store;

import gt.observatorio.engine.domain.CrawlRun;
import gt.observatorio.engine.domain.Institution;
import gt.observatorio.engine.domain.InstitutionWeek;
import gt.observatorio.engine.domain.IsoWeek;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * What the API and dashboard read. Only published (completed) runs are visible here.
 * Every method is asynchronous and safe to call from an event loop.
 */
public interface ReadModel {
  /** The latest week with published aggregates under a profile. */
  Future<Optional<IsoWeek>> latestWeek(String profile);

  /** Institutions ranked for a week under a profile, best first. */
  Future<List<RankingRow>> rankings(IsoWeek week, String profile);

  /** One point per published week for an institution, oldest first. */
  Future<List<InstitutionWeek>> history(String institutionCode, String profile);

  /** The latest published score of each dataset of an institution, with its findings. */
  Future<List<DatasetView>> latestDatasets(String institutionCode, String profile);

  Future<Optional<Institution>> institution(String code);

  Future<List<Institution>> institutions();

  /** The most recent runs, newest first. */
  Future<List<CrawlRun>> runs(int limit);

  /** A dataset's latest published metadata and score under a profile, with its findings. */
  default Future<Optional<DatasetView>> dataset(long datasetId, String profile) {
    return Future.failedFuture(new UnsupportedOperationException("dataset"));
  }

  /** One point per published week for a dataset under a profile, oldest first. */
  default Future<List<DatasetPoint>> datasetHistory(long datasetId, String profile) {
    return Future.failedFuture(new UnsupportedOperationException("datasetHistory"));
  }

  /** The observed changes of a URL's probe results, newest first. */
  default Future<List<ProbeChange>> probeHistory(String url, int limit) {
    return Future.failedFuture(new UnsupportedOperationException("probeHistory"));
  }

  /** One run with its issues (any state). */
  default Future<Optional<RunDetails>> run(long runId) {
    return Future.failedFuture(new UnsupportedOperationException("run"));
  }

  /** The weeks with published aggregates under a profile, newest first. */
  default Future<List<IsoWeek>> weeks(String profile) {
    return Future.failedFuture(new UnsupportedOperationException("weeks"));
  }

  /**
   * The largest gains and losses of overall score between two weeks, at most {@code limit} of each,
   * among institutions published in both weeks.
   */
  default Future<Movers> movers(IsoWeek from, IsoWeek to, String profile, int limit) {
    return Future.failedFuture(new UnsupportedOperationException("movers"));
  }

  /** Per week, the mean over institutions of the overall and per-dimension scores, oldest first. */
  default Future<List<WeekAverage>> weeklyAverages(String profile) {
    return Future.failedFuture(new UnsupportedOperationException("weeklyAverages"));
  }

  /**
   * The trend lines of a week's ranking: every institution ranked in {@code week}, in rank order, with its overall
   * score in each published week of the {@code span} calendar weeks ending there (one query for the whole view).
   */
  default Future<Trends> trends(IsoWeek week, String profile, int span) {
    return Future.failedFuture(new UnsupportedOperationException("trends"));
  }
}
