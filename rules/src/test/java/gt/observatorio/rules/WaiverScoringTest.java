package gt.observatorio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.ScoreCard;
import gt.observatorio.engine.domain.Waiver;
import gt.observatorio.engine.store.JsonCodec;
import gt.observatorio.rules.ruleset.RuleSetScorer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accepted contests are passed to the scorer as data: the waived rule counts as met and the change is explained. */
class WaiverScoringTest {
  private static final RuleSetScorer SCORER = new RuleSetScorer(Profiles.definition("observatorio", Optional.empty()));
  private static final DatasetSnapshot SNAPSHOT = new DatasetSnapshot(RuleSetDimensionsTest.DATASET, Map.of(),
      Instant.parse("2026-03-02T00:00:00Z"));

  @Test
  void aWaivedRuleGetsItsPointsBackAndKeepsItsFindingsAsTheExplanation() {
    ScoreCard plain = SCORER.score(SNAPSHOT);
    RuleOutcome lost = plain.rules().stream().filter(r -> r.measured() && r.points() < r.maxPoints()
        && !r.findings().isEmpty()).findFirst().orElseThrow();
    Waiver w = new Waiver(7, lost.ruleId(), "h", "La licencia está en el portal", "https://example.org/l");

    ScoreCard waived = SCORER.score(SNAPSHOT, List.of(w));

    RuleOutcome now = waived.rules().stream().filter(r -> r.ruleId().equals(lost.ruleId())).findFirst().orElseThrow();
    assertThat(now.points()).isEqualTo(now.maxPoints());
    assertThat(now.findings()).isEmpty();
    assertThat(now.waived().waiver()).isEqualTo(w);
    assertThat(now.waived().restoredPoints()).isCloseTo(lost.maxPoints() - lost.points(), within(1e-9));
    assertThat(now.waived().findings()).isEqualTo(lost.findings());
    assertThat(waived.score()).isGreaterThan(plain.score());
    assertThat(waived.rules().stream().filter(r -> !r.ruleId().equals(lost.ruleId())).toList())
        .isEqualTo(plain.rules().stream().filter(r -> !r.ruleId().equals(lost.ruleId())).toList());
  }

  @Test
  void aWaiverOfAnotherContentDoesNotHoldAndAnUnwaivedCardSerialisesAsBefore() {
    Waiver w = new Waiver(1, "metadata.title", "hash-of-the-contested-version", "r", null);
    assertThat(Waiver.holding(List.of(w), "hash-of-a-changed-version")).isEmpty();
    assertThat(Waiver.holding(List.of(w), "hash-of-the-contested-version")).containsExactly(w);
    String json = JsonCodec.scoreCard(SCORER.score(SNAPSHOT));
    assertThat(json).doesNotContain("waived");
    assertThat(JsonCodec.scoreCard(json)).isEqualTo(SCORER.score(SNAPSHOT));
  }

  @Test
  void aWaivedCardSurvivesStorage() {
    ScoreCard plain = SCORER.score(SNAPSHOT);
    RuleOutcome lost = plain.rules().stream().filter(r -> r.measured() && r.points() < r.maxPoints())
        .findFirst().orElseThrow();
    ScoreCard waived = SCORER.score(SNAPSHOT, List.of(new Waiver(2, lost.ruleId(), "h", "motivo", null)));
    assertThat(JsonCodec.scoreCard(JsonCodec.scoreCard(waived))).isEqualTo(waived);
  }
}
