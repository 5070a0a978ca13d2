package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.port.Scorer;
import gt.observatorio.rules.bench.Mix;
import gt.observatorio.rules.ruleset.RuleSetDefinition;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.LongRange;

class ScorePropertiesTest {
  private static final Map<String, Scorer> SCORERS = new ConcurrentHashMap<>();

  private static Scorer scorer(String profile) {
    return SCORERS.computeIfAbsent(profile, p -> Profiles.load(p, Optional.empty()));
  }

  @Provide
  Arbitrary<String> profiles() {
    return Arbitraries.of(Profiles.available());
  }

  @Property(tries = 600)
  void scoresStayWithinBounds(@ForAll("profiles") String profile, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    DatasetSnapshot s = Mix.generate(1, seed).get(0);
    Scorer scorer = scorer(profile);
    RuleSetDefinition def = Profiles.definition(profile, Optional.empty());
    ScoreCard c = scorer.score(s);
    assertThat(c.score()).isBetween(0.0, c.maxScore() + 1e-9);
    assertThat(c.maxScore()).isBetween(0.0, def.fullScale() + 1e-9);
    assertThat(c.percent()).isBetween(0.0, 100.0 + 1e-9);
    c.dimensions().forEach((id, v) -> assertThat(v).as(id)
        .isBetween(0.0, def.dimension(id).orElseThrow().scale().max() + 1e-9));
    for (RuleOutcome o : c.rules()) {
      assertThat(o.points()).isBetween(0.0, o.maxPoints() + 1e-9);
      if (!o.measured()) {
        assertThat(o.points()).isZero();
      }
    }
    if (!def.rating().isEmpty() && c.maxScore() > 0) {
      assertThat(c.rating()).isNotNull();
    }
    assertThat(c.ruleSet()).isEqualTo(scorer.ruleSet());
  }

  @Property(tries = 400)
  void addingAMissingFieldNeverLowersAScore(@ForAll("profiles") String profile,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    DatasetSnapshot s = Mix.generate(1, seed).get(0);
    Scorer scorer = scorer(profile);
    double before = scorer.score(s).percent();
    for (Fillers.Filler f : Fillers.all(s)) {
      Dataset filled = f.fill().apply(s.dataset());
      if (filled == null) {
        continue;
      }
      double after = scorer.score(new DatasetSnapshot(filled, s.probes(), s.asOf())).percent();
      assertThat(after).as("%s: filling %s", profile, f.field()).isGreaterThanOrEqualTo(before - 1e-9);
    }
  }
}
