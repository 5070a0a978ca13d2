package gt.observatorio.rules.bench;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.Profiles;
import java.util.List;
import java.util.Optional;

/**
 * Scoring throughput on one core: datasets per second per profile on a realistic mix, and the
 * cost as a ratio to a bare walk over the same fields. Not a test; run it with
 * {@code java -cp ... gt.observatorio.rules.bench.ScoringBenchmark [profiles...]}.
 */
public final class ScoringBenchmark {
  private static volatile long sink;

  public static void main(String[] args) {
    List<DatasetSnapshot> mix = Mix.generate(20_000, 42);
    List<String> profiles = args.length > 0 ? List.of(args) : Profiles.available();
    double bare = measure("bare walk", () -> walk(mix), mix.size());
    for (String p : profiles) {
      Scorer s = Profiles.load(p, Optional.empty());
      double rate = measure(p, () -> score(s, mix), mix.size());
      System.out.printf("%-14s %,12.0f datasets/s   cost = %.1fx bare walk%n", p, rate, bare / rate);
    }
  }

  private static double measure(String name, Runnable r, int n) {
    for (int i = 0; i < 15; i++) {
      r.run();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      long t = System.nanoTime();
      r.run();
      best = Math.min(best, System.nanoTime() - t);
    }
    double rate = n / (best / 1e9);
    if (name.equals("bare walk")) {
      System.out.printf("%-14s %,12.0f datasets/s%n", name, rate);
    }
    return rate;
  }

  private static void score(Scorer s, List<DatasetSnapshot> mix) {
    long acc = 0;
    for (DatasetSnapshot snap : mix) {
      ScoreCard c = s.score(snap);
      acc += (long) c.score() + c.rules().size();
    }
    sink = acc;
  }

  /** Reads every field the rules read, with the probe look-ups, and nothing else. */
  static void walk(List<DatasetSnapshot> mix) {
    long acc = 0;
    for (DatasetSnapshot s : mix) {
      var d = s.dataset();
      acc += len(d.title()) + len(d.description()) + len(d.publisher()) + len(d.contactPoint())
          + d.keywords().size() + d.themes().size() + len(d.license()) + len(d.issued()) + len(d.modified())
          + len(d.accrualPeriodicity()) + len(d.spatial()) + len(d.temporal()) + len(d.accessRights());
      for (Distribution x : d.distributions()) {
        acc += len(x.format()) + len(x.mediaType()) + len(x.downloadUrl()) + len(x.accessUrl())
            + len(x.license()) + len(x.issued()) + len(x.modified()) + (x.byteSize() == null ? 0 : 1);
        ProbeResult p = s.probeOf(x);
        if (p != null) {
          acc += p.outcome().ordinal() + len(p.format()) + len(p.lastModified())
              + (p.httpStatus() == null ? 0 : p.httpStatus());
        }
      }
    }
    sink = acc;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }
}
