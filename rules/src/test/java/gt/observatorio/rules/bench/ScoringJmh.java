package gt.observatorio.rules.bench;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.api.Rule;
import gt.observatorio.rules.api.RuleParams;
import gt.observatorio.rules.api.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of scoring throughput on one thread, over a realistic mix of 10,000 snapshots
 * ({@link Mix}); every benchmark walks the whole mix, so the score is datasets per second.
 * {@code bareWalk} reads the same fields and probes without scoring: the floor to compare with.
 * {@code shacl} scores DCAT-AP compliance alone, on the test shapes (measured apart).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
public class ScoringJmh {
  static final int N = 10_000;
  private List<DatasetSnapshot> mix;
  private Scorer observatorio;
  private Scorer mqa;
  private Scorer stars;
  private Rule dcatAp;
  private RuleParams dcatApParams;

  @Setup(Level.Trial)
  public void setUp() {
    mix = Mix.generate(N, 42);
    observatorio = Profiles.load("observatorio", Optional.empty());
    mqa = Profiles.load("mqa", Optional.empty());
    stars = Profiles.load("5-estrellas", Optional.empty());
    dcatAp = RuleRegistry.all().get("mqa.dcatApCompliance");
    dcatApParams = RuleParams.of(dcatAp, Map.of("shapes", "shacl-test/minimal-dcat-shapes.ttl"));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void bareWalk(Blackhole bh) {
    bh.consume(ScoringBenchmark.walkSum(mix));
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void observatorio(Blackhole bh) {
    score(observatorio, bh);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void mqa(Blackhole bh) {
    score(mqa, bh);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void fiveStars(Blackhole bh) {
    score(stars, bh);
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public void shacl(Blackhole bh) {
    for (int i = 0; i < 100; i++) {
      bh.consume(dcatAp.evaluate(mix.get(i), dcatApParams));
    }
  }

  private void score(Scorer s, Blackhole bh) {
    for (DatasetSnapshot snap : mix) {
      ScoreCard c = s.score(snap);
      bh.consume(c);
    }
  }
}
