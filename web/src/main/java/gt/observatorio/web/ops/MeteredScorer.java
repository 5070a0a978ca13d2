package gt.observatorio.web.ops;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleSetInfo;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Counts datasets scored and the time spent scoring, per profile (a bounded tag). */
public final class MeteredScorer implements Scorer {
  private final Scorer delegate;
  private final Counter scored;
  private final Timer time;

  public MeteredScorer(Scorer delegate, MeterRegistry registry) {
    this.delegate = delegate;
    String profile = delegate.ruleSet().profile();
    scored = Counter.builder("observatorio.scoring.datasets").description("Datasets scored")
        .tag("profile", profile).register(registry);
    time = Timer.builder("observatorio.scoring.duration").description("Time spent scoring datasets")
        .tag("profile", profile).register(registry);
  }

  @Override
  public RuleSetInfo ruleSet() {
    return delegate.ruleSet();
  }

  @Override
  public ScoreCard score(DatasetSnapshot snapshot) {
    return score(snapshot, java.util.List.of());
  }

  @Override
  public ScoreCard score(DatasetSnapshot snapshot, java.util.List<gt.observatorio.engine.domain.Waiver> waivers) {
    long t0 = System.nanoTime();
    ScoreCard card = delegate.score(snapshot, waivers);
    time.record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
    scored.increment();
    return card;
  }
}
