package gt.observatorio.engine.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.maturity.CheckOutcome;
import gt.observatorio.engine.maturity.CriterionStatus;
import gt.observatorio.engine.maturity.Evidence;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityCriteriaTest {
  @ParameterizedTest(name = "score {0} against min {1} is {2}")
  @CsvSource(nullValues = "null", value = {
      "72.0, 60, MET",
      "60.0, 60, MET",
      "59.9, 60, NOT_MET",
      "0.0,  40, NOT_MET",
      "null, 40, NOT_MEASURED"})
  void qualityScoreMeetsItsMinimum(Double score, double min, CriterionStatus expected) {
    CheckOutcome o = new QualityScore().evaluate(Evidence.of().quality(score, null, null).input(null),
        Evidence.criterion("quality.score", Map.of("min", min)));
    assertThat(o.status()).isEqualTo(expected);
    assertThat(o.evidence()).containsExactly("/api/v1/institutions/MINTRAB/history");
  }

  @ParameterizedTest(name = "{1} -> {0} with minDelta {2} is {3}")
  @CsvSource(nullValues = "null", value = {
      "70.0, 60.0, 0, MET",
      "60.0, 60.0, 0, MET",
      "59.0, 60.0, 0, NOT_MET",
      "65.0, 60.0, 5, MET",
      "64.0, 60.0, 5, NOT_MET",
      "70.0, null, 0, NOT_MEASURED",
      "null, 60.0, 0, NOT_MEASURED"})
  void qualityTrendComparesWithAQuarterEarlier(Double score, Double previous, double minDelta,
      CriterionStatus expected) {
    CheckOutcome o = new QualityTrend().evaluate(Evidence.of().quality(score, previous, null).input(null),
        Evidence.criterion("quality.trend", Map.of("minDelta", minDelta)));
    assertThat(o.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "freshness {0} against min {1} is {2}")
  @CsvSource(nullValues = "null", value = {
      "90.0, 85, MET",
      "84.9, 85, NOT_MET",
      "50.0, 50, MET",
      "null, 50, NOT_MEASURED"})
  void freshnessMeetsItsMinimum(Double freshness, double min, CriterionStatus expected) {
    CheckOutcome o = new Freshness().evaluate(Evidence.of().quality(70.0, null, freshness).input(null),
        Evidence.criterion("quality.freshness", Map.of("min", min)));
    assertThat(o.status()).isEqualTo(expected);
  }
}
