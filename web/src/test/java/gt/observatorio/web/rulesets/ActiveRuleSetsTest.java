package gt.observatorio.web.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.observatorio.engine.port.Scorer;
import gt.observatorio.engine.store.StoredRuleSet;
import gt.observatorio.rules.Profiles;
import gt.observatorio.rules.RulesConfig;
import gt.observatorio.rules.ruleset.RuleSetException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seam that swaps a profile's rule set at run time: atomic per profile, pinned per crawl run. */
class ActiveRuleSetsTest {
  private static final String V2 = """
      id: observatorio-licencias
      profile: observatorio
      version: "2.0.0"
      extends: observatorio
      rules:
        - {id: licensing.open, weight: 9}
      """;

  private static StoredRuleSet stored(long id, String yaml) {
    return new StoredRuleSet(id, "observatorio", "observatorio-licencias", "2.0.0", "h", yaml, true, Instant.EPOCH,
        null, Instant.EPOCH);
  }

  @Test
  void aSwapChangesTheSwitchableScorersAndTheNextPinButNotAPinAlreadyTaken() {
    ActiveRuleSets sets = new ActiveRuleSets(new RulesConfig("observatorio", null));
    String shipped = Profiles.definition("observatorio", Optional.empty()).info().contentHash();
    List<Scorer> runInProgress = sets.pinned();
    assertThat(sets.profiles().get(0)).isEqualTo("observatorio");

    sets.use(stored(7, V2));

    assertThat(runInProgress.get(0).ruleSet().contentHash()).isEqualTo(shipped);
    assertThat(sets.pinned().get(0).ruleSet().version()).isEqualTo("2.0.0");
    assertThat(sets.scorers().get(0).ruleSet().version()).isEqualTo("2.0.0");
    assertThat(sets.scorers().get(0).ruleSet().contentHash()).isNotEqualTo(shipped);
    assertThat(sets.current("observatorio").stored().id()).isEqualTo(7);

    sets.useShipped("observatorio");
    assertThat(sets.scorers().get(0).ruleSet().contentHash()).isEqualTo(shipped);
    assertThat(sets.current("observatorio").stored()).isNull();
  }

  @Test
  void aStoredVersionThatNoLongerLoadsLeavesTheShippedRuleSetInPlace() {
    ActiveRuleSets sets = new ActiveRuleSets(new RulesConfig("observatorio", null));
    String before = sets.scorers().get(0).ruleSet().contentHash();
    assertThatThrownBy(() -> sets.use(stored(8, V2.replace("licensing.open", "no.such.rule"))))
        .isInstanceOf(RuleSetException.class).hasMessageContaining("no.such.rule");
    sets.useAll(List.of(stored(9, "not: [valid")));
    assertThat(sets.scorers().get(0).ruleSet().contentHash()).isEqualTo(before);
    assertThat(sets.pinned().get(0).ruleSet().contentHash()).isEqualTo(before);
  }

  @Test
  void aSwitchableScorerRefusesAnotherProfilesScorer() {
    ActiveRuleSets sets = new ActiveRuleSets(new RulesConfig("observatorio", null));
    SwitchableScorer s = (SwitchableScorer) sets.scorers().get(0);
    Scorer other = sets.pinned().stream().filter(x -> !x.ruleSet().profile().equals("observatorio")).findFirst()
        .orElseThrow();
    assertThatThrownBy(() -> s.use(other)).isInstanceOf(IllegalArgumentException.class);
  }
}
