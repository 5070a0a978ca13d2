package gt.observatorio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.domain.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaturityEvaluatorTest {
  private static final Text T = Text.of("t", "t");
  private static final MaturityEvaluator EVALUATOR = new MaturityEvaluator(AutomaticCriteria.all());

  private static Criterion auto(String id, String dim, int level, String check, String param, double value) {
    return new Criterion(id, dim, level, CriterionKind.AUTOMATIC, check, Map.of(param, value), T, T, null,
        List.of("odm"), 12);
  }

  private static Criterion answered(String id, String dim, int level, int validityMonths) {
    return new Criterion(id, dim, level, CriterionKind.ANSWERED, null, Map.of(), T, T, T, List.of("odm"),
        validityMonths);
  }

  private static final MaturityModel MODEL = Models.model("1", List.of("calidad", "politica"), List.of(
      auto("q40", "calidad", 2, "quality.score", "min", 40),
      auto("q60", "calidad", 3, "quality.score", "min", 60),
      auto("q75", "calidad", 4, "quality.score", "min", 75),
      auto("q85", "calidad", 5, "quality.score", "min", 85),
      answered("officer", "politica", 2, 12)));

  @ParameterizedTest(name = "score {0} gives quality level {1}")
  @CsvSource({"10, 1", "40, 2", "74, 3", "75, 4", "99, 5"})
  void aDimensionReachesTheHighestLevelWhoseCriteriaAndThoseBelowAreMet(double score, int level) {
    InstitutionMaturity m = EVALUATOR.evaluate(MODEL, Evidence.of().quality(score, null, null).build(),
        Quarter.parse("2026-Q4"));
    assertThat(m.dimensions().get(0).level()).isEqualTo(level);
    assertThat(m.dimensions().get(1).level()).isEqualTo(1);
    assertThat(m.level()).isEqualTo((level + 1) / 2);
    assertThat(m.modelVersion()).isEqualTo("1");
    assertThat(m.modelHash()).isEqualTo("hash-1");
  }

  @Test
  void aLevelIsNotReachedOverAnUnmetLowerLevel() {
    MaturityModel gap = Models.model("1", List.of("calidad"), List.of(
        auto("q90", "calidad", 2, "quality.score", "min", 90),
        auto("q10", "calidad", 3, "quality.score", "min", 10)));
    InstitutionMaturity m = EVALUATOR.evaluate(gap, Evidence.of().quality(50.0, null, null).build(),
        Quarter.parse("2026-Q4"));
    assertThat(m.dimensions().get(0).level()).isEqualTo(1);
    assertThat(m.dimensions().get(0).met()).isEqualTo(1);
    assertThat(m.metPercent()).isEqualTo(50.0);
  }

  @Test
  void aNewModelVersionJudgesTheSameEvidenceDifferently() {
    InstitutionEvidence e = Evidence.of().quality(65.0, null, null).build();
    MaturityModel stricter = Models.model("2", List.of("calidad"), List.of(
        auto("q70", "calidad", 2, "quality.score", "min", 70)));
    assertThat(EVALUATOR.evaluate(MODEL, e, Quarter.parse("2026-Q4")).dimensions().get(0).level()).isEqualTo(3);
    InstitutionMaturity under2 = EVALUATOR.evaluate(stricter, e, Quarter.parse("2026-Q4"));
    assertThat(under2.dimensions().get(0).level()).isEqualTo(1);
    assertThat(under2.modelVersion()).isEqualTo("2");
  }

  static Answer answer(AnswerState state, Instant submitted, Instant reviewed, Boolean reachable, String reason) {
    return new Answer(1, "MINTRAB", "officer", state, "https://evidence.example.test/nombramiento", null, submitted,
        "editor", reviewed, reviewed == null ? null : "admin", reason, reachable, reachable == null ? null : "404");
  }

  @ParameterizedTest(name = "{0}, reviewed {1} days ago, evidence reachable {2} -> {3}")
  @CsvSource(nullValues = "null", value = {
      "ACCEPTED,  30,   true,  MET",
      "ACCEPTED,  30,   null,  MET",
      "ACCEPTED,  30,   false, NOT_MET",
      "ACCEPTED,  400,  true,  EXPIRED",
      "SUBMITTED, null, null,  PENDING",
      "REJECTED,  5,    true,  REJECTED"})
  void anAnsweredCriterionFollowsItsNewestReviewAndExpires(AnswerState state, Integer daysAgo, Boolean reachable,
      CriterionStatus expected) {
    Instant reviewed = daysAgo == null ? null : Evidence.NOW.minus(daysAgo, ChronoUnit.DAYS);
    Instant submitted = (reviewed == null ? Evidence.NOW : reviewed).minus(1, ChronoUnit.DAYS);
    InstitutionEvidence e = Evidence.of().answer(answer(state, submitted, reviewed, reachable,
        state == AnswerState.REJECTED ? "El enlace no muestra un nombramiento" : null)).build();
    CriterionResult r = EVALUATOR.evaluate(MODEL, e, Quarter.parse("2026-Q4")).criteria().stream()
        .filter(c -> c.criterionId().equals("officer")).findFirst().orElseThrow();
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.evidence()).containsExactly("https://evidence.example.test/nombramiento");
    if (expected == CriterionStatus.REJECTED) {
      assertThat(r.observed().es()).contains("El enlace no muestra un nombramiento");
    }
  }

  @Test
  void anUnansweredCriterionIsNotMet() {
    CriterionResult r = EVALUATOR.evaluate(MODEL, Evidence.of().build(), Quarter.parse("2026-Q4")).criteria().get(4);
    assertThat(r.status()).isEqualTo(CriterionStatus.UNANSWERED);
    assertThat(r.met()).isFalse();
  }
}
