package gt.observatorio.rules.bench;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.ruleset.RuleEntry;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import java.util.List;
import java.util.Optional;

/**
 * Scoring throughput on one core: datasets per second per profile on a realistic mix, and the
 * cost as a ratio to a bare walk over the same fields. Not a test. Runs the JMH benchmark
 * {@link ScoringJmh} and prints the figures; {@code --quick [profiles...]} runs a plain timing
 * loop instead, {@code --per-rule <profile>} times each rule alone. See rules/README.md for how to
 * run it and the figures measured.
 */
public final class ScoringBenchmark {
  private static volatile long sink;

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--quick")) {
      quick(List.of(args).subList(1, args.length));
      return;
    }
    if (args.length > 1 && args[0].equals("--per-rule")) {
      perRule(args[1]);
      return;
    }
    var results = new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
        .include(ScoringJmh.class.getName()).build()).run();
    double bare = 0;
    java.util.Map<String, Double> rates = new java.util.LinkedHashMap<>();
    for (var r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      rates.put(name, r.getPrimaryResult().getScore());
      if (name.equals("bareWalk")) {
        bare = r.getPrimaryResult().getScore();
      }
    }
    System.out.println();
    System.out.println("benchmark        datasets/s (1 thread)   cost vs bare walk");
    for (var e : rates.entrySet()) {
      System.out.printf("%-16s %,20.0f   %6.1fx%n", e.getKey(), e.getValue(), bare / e.getValue());
    }
  }

  private static void quick(List<String> only) {
    List<DatasetSnapshot> mix = Mix.generate(20_000, 42);
    List<String> profiles = only.isEmpty() ? Profiles.available() : only;
    double bare = measure("bare walk", () -> walk(mix), mix.size());
    for (String p : profiles) {
      Scorer s = Profiles.load(p, Optional.empty());
      double rate = measure(p, () -> score(s, mix), mix.size());
      System.out.printf("%-14s %,12.0f datasets/s   cost = %.1fx bare walk%n", p, rate, bare / rate);
    }
  }

  /**
   * Each rule of a profile alone over the mix, in nanoseconds per dataset (what a rule shares per
   * snapshot, such as {@code Facts}, is then counted in every rule that uses it), and the whole.
   */
  private static void perRule(String profile) {
    List<DatasetSnapshot> mix = Mix.generate(10_000, 42);
    RuleSetScorer scorer = (RuleSetScorer) Profiles.load(profile, Optional.empty());
    for (RuleEntry e : scorer.definition().rules()) {
      double rate = measure(e.rule().id(), () -> {
        for (DatasetSnapshot snap : mix) {
          sink = e.rule().evaluate(snap, e.params()).findings().size();
        }
      }, mix.size());
      System.out.printf("%-45s %6.0f ns/dataset%n", e.rule().id(), 1e9 / rate);
    }
    double rate = measure(profile, () -> score(scorer, mix), mix.size());
    System.out.printf("%-45s %6.0f ns/dataset%n", "(" + profile + ", whole)", 1e9 / rate);
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
    sink = walkSum(mix);
  }

  static long walkSum(List<DatasetSnapshot> mix) {
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
    return acc;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }
}
